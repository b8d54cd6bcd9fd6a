import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { readFilters } from '$lib/server/activity-search';

const YEAR = 60 * 60 * 24 * 365;

/**
 * The start page's district picker: remembers the choice (a preference cookie, like the text size) so
 * that the picker shows it next time, then lists that district's activities. Works without JavaScript.
 */
export const GET: RequestHandler = ({ url, cookies }) => {
	const slug = url.searchParams.get('stadsdel') ?? '';
	const known = readFilters(new URL('/', url)).vocab.districts.some((d) => d.slug === slug);
	if (known) cookies.set('stadsdel', slug, { path: '/', maxAge: YEAR, httpOnly: false, sameSite: 'lax' });
	else cookies.delete('stadsdel', { path: '/' });
	redirect(303, known ? `/aktiviteter?stadsdel=${encodeURIComponent(slug)}` : '/aktiviteter');
};
