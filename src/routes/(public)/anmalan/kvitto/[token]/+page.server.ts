import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { receiptOf } from '$lib/server/db/queries/signups';

/** A sign-up's receipt, reached by its personal link: what, when, where, for how many, and how to cancel. */
export const load: PageServerLoad = ({ params, url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const receipt = receiptOf(getDb(), params.token);
	if (!receipt) error(404, 'Länken fungerar inte. Anmälan kan redan vara borttagen.');
	// A sign-up for the rest of the term lands here with the personal links of its other dates.
	const others = (url.searchParams.get('fler') ?? '')
		.split('.')
		.filter((t) => /^[\w-]{16,100}$/.test(t))
		.slice(0, 60)
		.flatMap((token) => {
			const r = receiptOf(getDb(), token);
			return r ? [{ token, status: r.signup.status, localDate: r.target.localDate, startsAt: r.target.startsAt, endsAt: r.target.endsAt, cancelled: r.target.cancelled }] : [];
		});
	const closed = Math.max(0, Math.min(99, Number(url.searchParams.get('stangda')) || 0));
	return { ...receipt, token: params.token, justMade: url.searchParams.has('ny'), others, closed };
};
