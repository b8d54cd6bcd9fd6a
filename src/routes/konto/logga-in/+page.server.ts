import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { findUserByEmail } from '$lib/server/db/queries/users';
import { logAudit } from '$lib/server/db/queries/audit';
import { verifyPassword } from '$lib/server/auth/password';
import { createSession, setSessionCookie } from '$lib/server/auth/session';
import { RateLimiter } from '$lib/server/auth/rate-limit';
import { firstErrors, signInSchema } from '$lib/domain/schemas';
import { account } from '$lib/i18n/messages/account';

const perAccount = new RateLimiter(5, 15 * 60_000);
const perAddress = new RateLimiter(30, 15 * 60_000);

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
		if (perAccount.isBlocked(email) || perAddress.isBlocked(ip)) return fail(429, { values, errors: { form: m.tooMany } });
		const db = getDb();
		const user = findUserByEmail(db, email);
		const ok = user && !user.disabled && (await verifyPassword(user.passwordHash, password));
		if (!ok) {
			const count = perAccount.hit(email);
			perAddress.hit(ip);
			if (count === 5)
				logAudit(db, { actorUserId: null, action: 'login.burst', entityType: 'user', entityId: user?.id ?? null, summary: `Fem misslyckade inloggningar för ${email}`, details: { ip } });
			return fail(400, { values, errors: { form: m.wrong } });
		}
		perAccount.reset(email);
		const { token, expiresAt } = createSession(db, user.id);
		setSessionCookie(cookies, token, expiresAt);
		redirect(303, safeTarget(url.searchParams.get('till'), home(user.role)));
	}
};
