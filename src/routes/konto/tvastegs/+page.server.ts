import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { totpSecretOf } from '$lib/server/auth/totp';
import { useRecoveryCode, verifyTotp } from '$lib/server/commands/two-factor';
import { markSecondFactor } from '$lib/server/auth/session';
import { hitRateLimit } from '$lib/server/commands/ops';
import { twoFactor } from '$lib/i18n/messages/two-factor';
import { logEvent } from '$lib/server/log';

const home = (role: string) => (role === 'organiser' ? '/forening' : '/personal');
/** Back to where the person was going: their own area only. */
const target = (url: URL, role: string) => {
	const t = url.searchParams.get('till') ?? home(role);
	return /^\/(personal|forening)(\/|$|\?)/.test(t) && (role !== 'organiser' || t.startsWith('/forening')) ? t : home(role);
};

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'organiser', 'moderator', 'admin');
	if (!user.totpEnabled) redirect(303, `/konto/tvastegs/aktivera?till=${encodeURIComponent(target(event.url, user.role))}`);
	if (event.locals.session?.secondFactorVerified) redirect(303, target(event.url, user.role));
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'organiser', 'moderator', 'admin');
		const m = twoFactor[event.locals.locale];
		const db = getDb();
		if (hitRateLimit(db, `totp:user:${user.id}`, 15 * 60_000) > 10) return fail(429, { error: m.tooMany });
		const form = await event.request.formData();
		const code = String(form.get('code') ?? '').slice(0, 20);
		const recovery = String(form.get('recovery') ?? '').slice(0, 40);
		const secret = totpSecretOf(db, user.id);
		const ok = (code && secret && verifyTotp(db, user.id, secret, code)) || (recovery && (await useRecoveryCode(db, user.id, recovery)));
		if (!ok) {
			logEvent('signin.second_factor_failure', { user: user.id, ip: event.getClientAddress() });
			return fail(400, { error: m.wrong });
		}
		markSecondFactor(db, event.locals.session!.id);
		logEvent('signin.second_factor_success', { user: user.id, ip: event.getClientAddress(), recoveryCode: !code });
		redirect(303, target(event.url, user.role));
	}
};
