import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { enrolmentQr } from '$lib/server/auth/totp';
import { enableTotp, pendingTotpSecret, verifyTotp } from '$lib/server/commands/two-factor';
import { markSecondFactor } from '$lib/server/auth/session';
import { twoFactor } from '$lib/i18n/messages/two-factor';

const home = (role: string) => (role === 'organiser' ? '/forening' : '/personal');
/** Back to where the person was going: their own area only. */
const target = (url: URL, role: string) => {
	const t = url.searchParams.get('till') ?? home(role);
	return /^\/(personal|forening)(\/|$|\?)/.test(t) && (role !== 'organiser' || t.startsWith('/forening')) ? t : home(role);
};

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'organiser', 'moderator', 'admin');
	if (user.totpEnabled) redirect(303, target(event.url, user.role));
	const secret = pendingTotpSecret(getDb(), user.id);
	const qr = await enrolmentQr(secret, user.email);
	return { secret, qrSvg: qr.svg, next: target(event.url, user.role), organiser: user.role === 'organiser' };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'organiser', 'moderator', 'admin');
		if (user.totpEnabled) redirect(303, target(event.url, user.role));
		const db = getDb();
		const secret = pendingTotpSecret(getDb(), user.id);
		const code = String((await event.request.formData()).get('code') ?? '').slice(0, 20);
		if (!verifyTotp(db, user.id, secret, code)) return fail(400, { error: twoFactor[event.locals.locale].wrong });
		const codes = await enableTotp(db, user.id, secret);
		markSecondFactor(db, event.locals.session!.id);
		return { codes };
	}
};
