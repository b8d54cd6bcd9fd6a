import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { withoutEmptyParams } from '$lib/server/clean-url';
import { getDb } from '$lib/server/db';
import { listDistricts, listVenues, openingHoursByVenue } from '$lib/server/db/queries/places';
import { cached } from '$lib/server/cache';
import { KIND_CODES, parseKind, parsePosition } from '$lib/domain/place-filters';
import { openingStatus, type OpeningStatus } from '$lib/domain/opening';
import { byDistance } from '$lib/domain/geo';
import { todayInStockholm } from '$lib/domain/dates';

export const load: PageServerLoad = ({ url }) => {
	const clean = withoutEmptyParams(url);
	if (clean) redirect(303, clean);
	const db = getDb();
	const now = new Date();
	const today = todayInStockholm(now);
	const all = cached('venues', () => listVenues(db));
	const hours = cached('opening-hours', () => openingHoursByVenue(db, today));
	const kind = parseKind(url.searchParams.get('typ'));
	const shown = kind ? all.filter((v) => v.kind === KIND_CODES[kind]) : all;

	// Near-me sorting is never needed: from a chosen place (?nara=slug) or a position the browser gave (?lat&lng).
	const fromVenue = all.find((v) => v.slug === url.searchParams.get('nara'));
	const position = fromVenue ? null : parsePosition(url.searchParams.get('lat'), url.searchParams.get('lng'));
	const origin = fromVenue ? { name: fromVenue.name, lat: fromVenue.lat, lng: fromVenue.lng } : position ? { name: null, ...position } : null;

	const statuses: Record<string, OpeningStatus> = {};
	for (const v of shown) {
		const h = hours[v.id];
		const status = h && openingStatus(now, h.rules, h.deviations);
		if (status) statuses[v.slug] = status;
	}
	return {
		kind,
		origin,
		nearSlug: fromVenue?.slug ?? null,
		venues: origin ? byDistance(shown, origin) : shown.map((v) => ({ ...v, distanceKm: null })),
		districtOrder: cached('districts', () => listDistricts(db)).map((d) => d.name),
		meetingPoints: all.filter((v) => v.kind === 'meeting_point').map((v) => ({ slug: v.slug, name: v.name })),
		kindCounts: Object.fromEntries(Object.entries(KIND_CODES).map(([code, k]) => [code, all.filter((v) => v.kind === k).length])),
		statuses,
		today
	};
};
