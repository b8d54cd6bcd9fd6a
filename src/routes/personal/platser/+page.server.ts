import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listAllVenues } from '$lib/server/db/queries/venue-admin';
import { requireRole } from '$lib/server/auth/guards';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	return { venues: listAllVenues(getDb()) };
};
