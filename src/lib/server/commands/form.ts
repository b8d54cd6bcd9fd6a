import { error, fail, type ActionFailure } from '@sveltejs/kit';
import type { Actor } from './actor';
import { execute, type Command } from './runner';

/** What every form gets back after a failed post: what was typed, a message per field, and which form it was. */
export type FormFailure<V = Record<string, unknown>> = { action?: string; values: V; errors: Record<string, string> };

/**
 * Runs a command for a form action. Bad input answers 400 with what the person typed (`values`)
 * and the messages; a refusal (not found, not yours) becomes the error page.
 */
export async function runForm<I, R, V>(
	command: Command<I, R>,
	actor: Actor,
	input: unknown,
	form: { values: V; action?: string }
): Promise<{ value: R; failure?: undefined } | { failure: ActionFailure<FormFailure<V>>; value?: undefined }> {
	const outcome = await execute(command, actor, input);
	if (outcome.ok) return { value: outcome.value };
	if (outcome.refused) error(outcome.refused.status, outcome.refused.message);
	return { failure: fail(outcome.failure.status ?? 400, { ...(form.action ? { action: form.action } : {}), values: form.values, errors: outcome.failure.errors }) };
}
