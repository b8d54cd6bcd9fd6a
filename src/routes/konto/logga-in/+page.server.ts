import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { findUserByEmail } from '$lib/server/db/queries/users';
import { logAudit } from '$lib/server/commands/audit';
import { verifyPassword } from '$lib/server/auth/password';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { signInFailed, signInSucceeded, signInWait } from '$lib/server/auth/sign-in-throttle';
import { logEvent, maskEmail, accountRef } from '$lib/server/log';
import { firstErrors, signInSchema } from '$lib/domain/schemas';
import { account, type AccountMessages } from '$lib/i18n/messages/account';

function waitText(m: AccountMessages, ms: number) {
	const s = Math.ceil(ms / 1000);
	return m.waitBeforeRetry(s < 90 ? m.seconds(s) : m.minutes(Math.ceil(s / 60)));
}

/** Only same-site paths, so a crafted link cannot send people elsewhere after signing in. */
function safeTarget(raw: string | null, fallback: string) {
	return raw && /^\/(?!\/)[^\s\\]*$/.test(raw) && !raw.startsWith('/konto') ? raw : fallback;
}

function home(role: string) {
	return role === 'organiser' ? '/forening' : '/personal';
}

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeTarget(url.searchParams.get('till'), home(locals.user.role)));
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress, locals }) => {
		const m = account[locals.locale];
		const form = await request.formData();
		const values = { email: String(form.get('email') ?? '') };
		const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
		if (!parsed.success) return fail(400, { values, errors: firstErrors(z.flattenError(parsed.error).fieldErrors) });
		const { email, password } = parsed.data;
		const ip = getClientAddress();
		const db = getDb();
		const user = findUserByEmail(db, email);
		const who = { account: maskEmail(email), accountRef: accountRef(email), user: user?.id ?? null, ip };
		const wait = signInWait(db, cookies, email, ip, user?.id);
		if (wait > 0) {
			logEvent('signin.throttled', { ...who, waitSeconds: Math.ceil(wait / 1000) });
			return fail(429, { values, errors: { form: waitText(m, wait) } });
		}
		const passwordOk = Boolean(user) && (await verifyPassword(user!.passwordHash, password));
		// Only someone who knows the password learns that the account is disabled: to everyone else it
		// looks like any wrong sign-in, so the message tells nothing about which addresses exist.
		if (passwordOk && user!.disabled) {
			logEvent('signin.failure', { ...who, reason: 'disabled', waitSeconds: 0 });
			return fail(403, { values, errors: { form: m.disabled } });
		}
		const ok = passwordOk && user && !user.disabled;
		if (!ok) {
			const next = signInFailed(db, email, ip);
			logEvent('signin.failure', { ...who, reason: !user ? 'unknown_account' : user.disabled ? 'disabled' : 'wrong_password', waitSeconds: Math.ceil(next / 1000) });
			if (next > 0 && user)
				logAudit(db, { actorUserId: null, action: 'login.burst', entityType: 'user', entityId: user.id, summary: `Upprepade misslyckade inloggningar för ${maskEmail(email)}`, details: { ip } });
			return fail(next > 0 ? 429 : 400, { values, errors: { form: next > 0 ? `${m.wrong} ${waitText(m, next)}` : m.wrong } });
		}
		signInSucceeded(db, cookies, email, ip, user.id);
		logEvent('signin.success', { ...who, role: user.role });
		const { token, expiresAt } = createSession(db, user.id);
		setSessionCookie(cookies, token, expiresAt);
		redirect(303, safeTarget(url.searchParams.get('till'), home(user.role)));
	}
};
