import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getUser } from '$lib/server/db/queries/users';
import { requireRole } from '$lib/server/auth/guards';
import { hashPassword, verifyPassword } from '$lib/server/auth/password';
import { passwordProblemMessage } from '$lib/server/auth/password-messages';
import { changePassword } from '$lib/server/commands/accounts';
import { hitRateLimit } from '$lib/server/commands/ops';
import { logEvent } from '$lib/server/log';
import { firstErrors, newPasswordSchema } from '$lib/domain/schemas';
import { account } from '$lib/i18n/messages/account';

const ANYONE = ['organiser', 'moderator', 'admin'] as const;

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, ...ANYONE);
	return { name: user.name, email: user.email, role: user.role, totpEnabled: user.totpEnabled };
};

const schema = z.object({ current: z.string().min(1, 'Skriv ditt nuvarande lösenord.').max(200, 'Lösenordet är för långt.') });

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, ...ANYONE);
		const m = account[event.locals.locale];
		const db = getDb();
		const form = await event.request.formData();
		const raw = { current: form.get('current'), password: form.get('password'), repeat: form.get('repeat') };
		const current = schema.safeParse(raw);
		const next = newPasswordSchema.safeParse(raw);
		const errors = {
			...(current.success ? {} : firstErrors(z.flattenError(current.error).fieldErrors)),
			...(next.success ? {} : firstErrors(z.flattenError(next.error).fieldErrors))
		} as Record<string, string>;
		if (Object.keys(errors).length || !current.success || !next.success) return fail(400, { errors });
		// A stolen session must not become a way to guess the password at full speed.
		if (hitRateLimit(db, `password-change:user:${user.id}`, 15 * 60_000) > 10) return fail(429, { errors: { current: m.waitBeforeRetry(m.minutes(15)) } });
		const stored = getUser(db, user.id);
		if (!stored || !(await verifyPassword(stored.passwordHash, current.data.current))) {
			logEvent('password_change.wrong_current', { user: user.id, ip: event.getClientAddress() });
			return fail(400, { errors: { current: m.currentWrong } });
		}
		const problem = passwordProblemMessage(next.data.password, user, event.locals.locale);
		if (problem) return fail(400, { errors: { password: problem } });
		const ended = changePassword(db, user.id, await hashPassword(next.data.password), event.locals.session!.id);
		logEvent('password_change.success', { user: user.id, ip: event.getClientAddress(), otherSessionsEnded: ended });
		return { changed: ended };
	}
};
