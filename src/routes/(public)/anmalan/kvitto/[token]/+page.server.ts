import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { receiptOf } from '$lib/server/db/queries/signups';

/** A sign-up's receipt, reached by its personal link: what, when, where, for how many, and how to cancel. */
export const load: PageServerLoad = ({ params, url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const receipt = receiptOf(getDb(), params.token);
	if (!receipt) error(404, 'Länken fungerar inte. Anmälan kan redan vara borttagen.');
	return { ...receipt, token: params.token, justMade: url.searchParams.has('ny') };
};
