import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { countEvents, listAllEvents, STAFF_EVENTS_PER_PAGE } from '$lib/server/db/queries/staff-events';
import { listOrganisations } from '$lib/server/db/queries/organisations';
import { listDistricts } from '$lib/server/db/queries/places';
import { eventFilters, pageNumber } from '$lib/domain/staff-filters';

/** Every event, newest change first, filtered by the GET form (works without JavaScript). */
export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const db = getDb();
	const filters = eventFilters(event.url.searchParams);
	return {
		filters,
		...listAllEvents(db, filters, new Date(), pageNumber(event.url.searchParams)),
		total: countEvents(db),
		perPage: STAFF_EVENTS_PER_PAGE,
		organisations: listOrganisations(db).map((o) => ({ id: o.id, name: o.name })),
		districts: listDistricts(db).map((d) => ({ id: d.id, name: d.name }))
	};
};
