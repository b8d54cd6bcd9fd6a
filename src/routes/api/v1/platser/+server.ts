import type { RequestHandler } from './$types';
import { readFilters, searchVenues } from '$lib/server/activity-search';
import { apiJson, badRequest, preflight } from '$lib/server/feeds/api';
import { hasAnyFilter } from '$lib/domain/filters';
import { getDb } from '$lib/server/db';
import { listVenues } from '$lib/server/db/queries/places';
import { cached } from '$lib/server/cache';

/** All approved venues; with activity filters, only those that have matching dates. */
export const GET: RequestHandler = ({ url }) => {
	const { filters, notices } = readFilters(url);
	if (notices.length) return badRequest(notices);
	const all = cached('venues', () => listVenues(getDb()));
	const matching = hasAnyFilter(filters) ? new Map(searchVenues(filters).map((v) => [v.slug, v.count])) : null;
	const venues = matching ? all.filter((v) => matching.has(v.slug)) : all;
	return apiJson({
		total: venues.length,
		items: venues.map((v) => ({
			slug: v.slug,
			name: v.name,
			kind: v.kind,
			address: v.address,
			district: v.districtSlug,
			lat: v.lat,
			lng: v.lng,
			stepFree: v.stepFree,
			hearingLoop: v.hearingLoop,
			upcoming: matching ? matching.get(v.slug) : v.upcoming,
			url: `${url.origin}/platser/${v.slug}`
		}))
	});
};

export const OPTIONS: RequestHandler = preflight;
