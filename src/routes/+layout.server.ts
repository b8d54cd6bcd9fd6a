import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { isDemoDatabase } from '$lib/server/db/queries/settings';
import { cached } from '$lib/server/cache';
import { municipality, siteName } from '$lib/server/site-settings';

export const load: LayoutServerLoad = ({ locals, url }) => ({
	locale: locals.locale,
	textSize: locals.textSize,
	user: locals.user,
	demo: cached('demo', () => isDemoDatabase(getDb()), { always: true }),
	path: url.pathname + url.search,
	/** Name and contact set by an admin (footer, accessibility statement). */
	municipality: municipality(),
	/** "Träffpunkt Karlskoga": the municipality served (README "Flera kommuner"). */
	siteName: siteName()
});
