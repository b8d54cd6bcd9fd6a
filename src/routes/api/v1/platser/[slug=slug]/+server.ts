import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getOpeningHours, getVenue, listVenues } from '$lib/server/db/queries/places';
import { venueFeedFacts } from '$lib/server/db/queries/feed-facts';
import { apiJson, notFound, preflight } from '$lib/server/feeds/api';
import { apiVenueDetail } from '$lib/server/feeds/api-items';
import { cached } from '$lib/server/cache';
import { todayInStockholm } from '$lib/domain/dates';
import { feedErrors } from '$lib/i18n/messages/feed-errors';

/** One venue with its opening hours and the deviations from today on. */
export const GET: RequestHandler = ({ params, url }) => {
	const db = getDb();
	const venue = getVenue(db, params.slug);
	if (!venue) return notFound(feedErrors.sv.venueNotFound);
	const upcoming = cached('venues', () => listVenues(db)).find((v) => v.id === venue.id)?.upcoming ?? 0;
	const modified = cached('venue-facts', () => venueFeedFacts(db)).get(venue.id)?.modifiedAt ?? null;
	return apiJson(apiVenueDetail(venue, getOpeningHours(db, venue.id, todayInStockholm()), modified, upcoming, url.origin));
};

export const OPTIONS: RequestHandler = preflight;
