import type { RequestHandler } from './$types';
import { searchVenues } from '$lib/server/activity-search';
import { apiJson, badRequest, preflight } from '$lib/server/feeds/api';
import { readFeedQuery } from '$lib/server/feeds/query';
import { apiVenue } from '$lib/server/feeds/api-items';
import { hasAnyFilter } from '$lib/domain/filters';
import { getDb } from '$lib/server/db';
import { listVenues } from '$lib/server/db/queries/places';
import { venueFeedFacts } from '$lib/server/db/queries/feed-facts';
import { cached } from '$lib/server/cache';

/** All approved venues with opening hours; with activity filters, only those that have matching dates. */
export const GET: RequestHandler = ({ url }) => {
	const q = readFeedQuery(url);
	if (q.errors.length) return badRequest(q.errors);
	const db = getDb();
	const all = cached('venues', () => listVenues(db));
	const facts = cached('venue-facts', () => venueFeedFacts(db));
	const matching = hasAnyFilter(q.filters) ? new Map(searchVenues(q.filters).map((v) => [v.slug, v.count])) : null;
	const venues = matching ? all.filter((v) => matching.has(v.slug)) : all;
	return apiJson({
		total: venues.length,
		items: venues.map((v) => apiVenue(v, facts.get(v.id), matching ? matching.get(v.slug)! : v.upcoming, url.origin))
	});
};

export const OPTIONS: RequestHandler = preflight;
