import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { peekUserToken } from '$lib/server/db/queries/users';
import { consumeUserToken, setPasswordHash } from '$lib/server/commands/accounts';
import { logAudit } from '$lib/server/commands/audit';
import { hashPassword } from '$lib/server/auth/password';
import { createSession, invalidateUserSessions, setSessionCookie } from '$lib/server/auth/session';
import { firstErrors, newPasswordSchema } from '$lib/domain/schemas';
import { passwordProblemMessage } from '$lib/server/auth/password-messages';
import { redactDeadLinks } from '$lib/server/commands/ops';
import { execute } from '$lib/server/commands/runner';
import { residentActor } from '$lib/server/commands/actor';
import { markInvitationOpened } from '$lib/server/commands/members';

/** One page for both e-mailed links: an invitation and a password reset. */
function tokenUser(token: string) {
	const db = getDb();
	return peekUserToken(db, token, 'invite') ?? peekUserToken(db, token, 'reset');
}

export const load: PageServerLoad = async ({ params }) => {
	const user = tokenUser(params.token);
	// The organisation that invited the person sees the invitation as opened.
	if (user && !user.disabled) await execute(markInvitationOpened, residentActor, { token: params.token });
	return { valid: Boolean(user && !user.disabled), name: user?.name ?? '' };
};

export const actions: Actions = {
	default: async ({ params, request, cookies, locals }) => {
		const db = getDb();
		const user = tokenUser(params.token);
		if (!user || user.disabled) return fail(400, { errors: { form: 'invalid' } as Record<string, string> });
		const form = await request.formData();
		const parsed = newPasswordSchema.safeParse({ password: form.get('password'), repeat: form.get('repeat') });
		if (!parsed.success) return fail(400, { errors: firstErrors(z.flattenError(parsed.error).fieldErrors) });
		const problem = passwordProblemMessage(parsed.data.password, user, locals.locale);
		if (problem) return fail(400, { errors: { password: problem } as Record<string, string> });
		setPasswordHash(db, user.id, await hashPassword(parsed.data.password));
		consumeUserToken(db, params.token);
		invalidateUserSessions(db, user.id);
		redactDeadLinks(db);
		logAudit(db, { actorUserId: user.id, action: 'user.password_set', entityType: 'user', entityId: user.id, summary: `${user.name} valde lösenord` });
		const { token, expiresAt } = createSession(db, user.id);
		setSessionCookie(cookies, token, expiresAt);
		redirect(303, user.role === 'organiser' ? '/forening' : '/personal');
	}
};
