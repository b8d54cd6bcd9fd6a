import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getDistrict, listVenues } from '$lib/server/db/queries/places';
import { fiTitlesFor, searchActivities } from '$lib/server/activity-search';
import { emptyFilters } from '$lib/domain/filters';
import { todayInStockholm } from '$lib/domain/dates';

export const load: PageServerLoad = ({ params, locals }) => {
	const db = getDb();
	const district = getDistrict(db, params.slug);
	if (!district) error(404, 'Stadsdelen finns inte.');
	const upcoming = searchActivities(emptyFilters({ districts: [district.slug], when: 'denna-vecka' }), new Date(), 30);
	return {
		district,
		venues: listVenues(db, { districtId: district.id }),
		upcoming: upcoming.items,
		fiTitles: fiTitlesFor(locals.locale, upcoming.items.map((i) => i.eventId)),
		upcomingTotal: upcoming.total,
		today: todayInStockholm()
	};
};
