import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { listAllEvents } from '$lib/server/db/queries/staff-events';

/** Every event, newest change first, optionally by title. */
export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 100);
	return { q, events: listAllEvents(getDb(), q) };
};
