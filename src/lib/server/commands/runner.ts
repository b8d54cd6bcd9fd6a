import type { z } from 'zod';
import { getDb, inRelaxedTransaction, type Db } from '../db';
import { auditLog } from '../db/schema';
import type { AuditEntry } from './audit';
import { syncOccurrences, type DateNotice } from './dates';
import { reindexEvent } from './search-index';
import { invalidateCache } from '../cache';
import { deliverMail, queueMail, type Mail } from '../mail';
import { actorUserId, type Actor } from './actor';
import { noticeDateChanges } from './date-notices';
import { recordChange } from './change-feed';
import { processToken } from '../change-feed';
import type { Change } from '../cache';

/** The one failure shape: what the person typed, and a message per field (`form` for the whole form). */
export type Failure<V = Record<string, unknown>> = { values: V; errors: Record<string, string>; status?: 400 | 404 | 409 };

/** A request that may not or cannot be carried out at all (not found, not yours, no longer possible). */
export type Refusal = { status: 403 | 404 | 409; message: string };

export type Outcome<R, V = Record<string, unknown>> =
	| { ok: true; value: R }
	| { ok: false; failure: Failure<V>; refused?: undefined }
	| { ok: false; refused: Refusal; failure?: undefined };

/** What a command declares besides its own writes; the runner applies them. */
export type Effect =
	| { kind: 'audit'; entry: Omit<AuditEntry, 'actorUserId'> }
	| { kind: 'replan'; eventId: number; from?: string }
	| { kind: 'reindex'; eventId: number }
	| { kind: 'mail'; mail: Mail }
	| { kind: 'invalidate'; eventIds?: number[]; venueIds?: number[] };

/** Thrown inside the transaction to roll it back and answer with a failure or refusal. */
class Abort {
	constructor(readonly outcome: { failure?: Failure; refused?: Refusal }) {}
}

export class CommandContext {
	readonly effects: Effect[] = [];
	readonly notices: DateNotice[] = [];
	constructor(
		readonly db: Db,
		readonly actor: Actor,
		readonly now: Date
	) {}

	/** People signed up for this date are told that it moved or is cancelled (mail, or a call list). */
	notify(notice: DateNotice) {
		this.notices.push(notice);
	}
	audit(entry: Omit<AuditEntry, 'actorUserId'>) {
		this.effects.push({ kind: 'audit', entry });
	}
	mail(mail: Mail) {
		this.effects.push({ kind: 'mail', mail });
	}
	replan(eventId: number, from?: string) {
		this.effects.push({ kind: 'replan', eventId, from });
	}
	reindex(eventId: number) {
		this.effects.push({ kind: 'reindex', eventId });
	}
	invalidate(change: { eventIds?: number[]; venueIds?: number[] } = {}) {
		this.effects.push({ kind: 'invalidate', ...change });
	}
	/** Stops the command: nothing it wrote is kept. `status` 404 when what the form names no longer exists. */
	fail<V>(values: V, errors: Record<string, string>, status?: 404 | 409): never {
		throw new Abort({ failure: { values: values as Record<string, unknown>, errors, status } });
	}
	refuse(status: Refusal['status'], message: string): never {
		throw new Abort({ refused: { status, message } });
	}
}

export type Command<I, R> = {
	name: string;
	/** Shared zod schema of the input; a parse failure answers with the raw values and a message per field. */
	input: z.ZodType<I>;
	run(ctx: CommandContext, input: I): R;
};

export function defineCommand<I, R>(command: Command<I, R>): Command<I, R> {
	return command;
}

/** First message per field of a zod error; a form's fields nested under `values` are named by themselves. */
export function zodErrors(error: z.ZodError): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of error.issues) {
		const path = issue.path[0] === 'values' && issue.path.length > 1 ? issue.path.slice(1) : issue.path;
		errors[String(path[0] ?? 'form')] ??= issue.message;
	}
	return errors;
}

/** Applies the in-database effects, in an order where each sees the one before: dates, then search, then the log and mail. */
function applyInTransaction(ctx: CommandContext) {
	const userId = actorUserId(ctx.actor);
	for (const e of ctx.effects.filter((e) => e.kind === 'replan')) ctx.notices.push(...syncOccurrences(ctx.db, e.eventId, { now: ctx.now, from: e.from }));
	if (ctx.notices.length) noticeDateChanges(ctx, ctx.notices);
	for (const id of new Set(ctx.effects.flatMap((e) => (e.kind === 'reindex' || e.kind === 'replan' ? [e.eventId] : [])))) reindexEvent(ctx.db, id);
	for (const e of ctx.effects)
		if (e.kind === 'audit') ctx.db.insert(auditLog).values({ ...e.entry, actorUserId: userId, entityId: e.entry.entityId ?? null, details: e.entry.details ?? null, at: ctx.now }).run();
	const change = changeOf(ctx.effects);
	// Other app processes on this database learn of the write from the same commit.
	if (change) recordChange(ctx.db, processToken, change.everything ? undefined : change, ctx.now);
	return ctx.effects.flatMap((e) => (e.kind === 'mail' ? [queueMail(ctx.db, e.mail, ctx.now)] : []));
}

/** What the caches must drop after this command, or null when it touched nothing they hold. */
function changeOf(effects: Effect[]): (Change & { everything: boolean }) | null {
	const changes = effects.filter((e) => e.kind === 'invalidate' || e.kind === 'replan' || e.kind === 'reindex');
	if (!changes.length) return null;
	return {
		eventIds: changes.flatMap((e) => (e.kind === 'invalidate' ? (e.eventIds ?? []) : [e.eventId])),
		venueIds: changes.flatMap((e) => (e.kind === 'invalidate' ? (e.venueIds ?? []) : [])),
		everything: changes.some((e) => e.kind === 'invalidate' && !e.eventIds && !e.venueIds)
	};
}

/**
 * Runs a command: validate, then one IMMEDIATE transaction holding the command's writes and every
 * in-database effect (audit entries, re-planned dates, search rows, queued mail), all or nothing.
 * After the commit the caches learn what changed and queued mail is delivered.
 */
export async function execute<I, R>(command: Command<I, R>, actor: Actor, raw: unknown, opts: { db?: Db; now?: Date; relaxed?: boolean } = {}): Promise<Outcome<R>> {
	const parsed = command.input.safeParse(raw);
	if (!parsed.success) return { ok: false, failure: { values: (raw ?? {}) as Record<string, unknown>, errors: zodErrors(parsed.error) } };
	const db = opts.db ?? getDb();
	const now = opts.now ?? new Date();
	let ctx: CommandContext | undefined;
	let value: R;
	let mailIds: number[];
	try {
		// better-sqlite3 runs everything on one connection: the plain handle (with its prepared
		// statements) is inside the transaction, and nested transactions become savepoints.
		const work = () => {
			ctx = new CommandContext(db, actor, now);
			const value = command.run(ctx, parsed.data);
			return { value, mailIds: applyInTransaction(ctx) };
		};
		// `relaxed`: upkeep that can be redone (the date extension) commits without a disk flush each time.
		({ value, mailIds } = opts.relaxed ? inRelaxedTransaction(db, work) : db.transaction(work, { behavior: 'immediate' }));
	} catch (e) {
		if (e instanceof Abort) return e.outcome.refused ? { ok: false, refused: e.outcome.refused } : { ok: false, failure: e.outcome.failure! };
		throw e;
	}
	const change = changeOf(ctx!.effects);
	if (change) invalidateCache(change.everything ? undefined : { eventIds: change.eventIds, venueIds: change.venueIds });
	if (mailIds.length) await deliverMail(db, mailIds);
	return { ok: true, value };
}
