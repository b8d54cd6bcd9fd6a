import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getOpeningHours, getVenue } from '$lib/server/db/queries/places';
import { searchActivities } from '$lib/server/activity-search';
import { emptyFilters, weekBounds } from '$lib/domain/filters';
import { todayInStockholm } from '$lib/domain/dates';

export const load: PageServerLoad = ({ params }) => {
	const db = getDb();
	const venue = getVenue(db, params.slug);
	if (!venue) error(404, 'Platsen finns inte.');
	const today = todayInStockholm();
	const week = weekBounds(today);
	const programme = searchActivities(emptyFilters({ venues: [venue.slug], from: today, to: week.to }), new Date(), 200);
	return { venue, opening: getOpeningHours(db, venue.id, today), programme: programme.items, today };
};
