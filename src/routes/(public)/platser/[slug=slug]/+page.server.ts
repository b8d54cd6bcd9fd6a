import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getOpeningHours, getVenue } from '$lib/server/db/queries/places';
import { fiTitlesFor, searchActivities } from '$lib/server/activity-search';
import { emptyFilters, weekBounds } from '$lib/domain/filters';
import { todayInStockholm } from '$lib/domain/dates';
import { placeJsonLd } from '$lib/server/feeds/jsonld';
import { openingStatus } from '$lib/domain/opening';

export const load: PageServerLoad = ({ params, url, locals }) => {
	const db = getDb();
	const venue = getVenue(db, params.slug);
	if (!venue) error(404, 'Platsen finns inte.');
	const now = new Date();
	const today = todayInStockholm(now);
	const week = weekBounds(today);
	const programme = searchActivities(emptyFilters({ venues: [venue.slug], from: today, to: week.to }), new Date(), 200);
	const opening = getOpeningHours(db, venue.id, today);
	return { venue, opening, status: openingStatus(now, opening.rules, opening.deviations), programme: programme.items, fiTitles: fiTitlesFor(locals.locale, programme.items.map((i) => i.eventId)), today, jsonLd: placeJsonLd(venue, opening, url.origin, today) };
};
