import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { totpSecretOf, useRecoveryCode, verifyTotp } from '$lib/server/auth/totp';
import { markSecondFactor } from '$lib/server/auth/session';
import { RateLimiter } from '$lib/server/auth/rate-limit';
import { twoFactor } from '$lib/i18n/messages/two-factor';

const limiter = new RateLimiter(10, 15 * 60_000);
const target = (url: URL) => {
	const t = url.searchParams.get('till') ?? '/personal';
	return /^\/personal(\/|$|\?)/.test(t) ? t : '/personal';
};

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'moderator', 'admin');
	if (!user.totpEnabled) redirect(303, `/konto/tvastegs/aktivera?till=${encodeURIComponent(target(event.url))}`);
	if (event.locals.session?.secondFactorVerified) redirect(303, target(event.url));
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const m = twoFactor[event.locals.locale];
		if (limiter.hit(String(user.id)) > 10) return fail(429, { error: m.tooMany });
		const form = await event.request.formData();
		const code = String(form.get('code') ?? '').slice(0, 20);
		const recovery = String(form.get('recovery') ?? '').slice(0, 40);
		const db = getDb();
		const secret = totpSecretOf(db, user.id);
		const ok = (code && secret && verifyTotp(db, user.id, secret, code)) || (recovery && useRecoveryCode(db, user.id, recovery));
		if (!ok) return fail(400, { error: m.wrong });
		markSecondFactor(db, event.locals.session!.id);
		limiter.reset(String(user.id));
		redirect(303, target(event.url));
	}
};
