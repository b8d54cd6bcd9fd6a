import type { Db } from '../index';
import type { GeoJsonGeometry } from '../schema';

export type VenueSummary = {
	id: number;
	slug: string;
	name: string;
	kind: string;
	address: string;
	lat: number;
	lng: number;
	districtName: string;
	districtSlug: string;
	stepFree: boolean;
	hearingLoop: boolean;
	upcoming: number;
};

const bool = <T extends Record<string, unknown>>(row: T, keys: (keyof T)[]) => {
	for (const k of keys) (row as Record<string, unknown>)[k as string] = row[k] === 1;
	return row;
};

/** Approved venues with their number of upcoming dates; meeting points first. */
export function listVenues(db: Db, opts: { districtId?: number; now?: Date } = {}): VenueSummary[] {
	const now = (opts.now ?? new Date()).getTime();
	const rows = db.$client
		.prepare(
			`SELECT v.id, v.slug, v.name, v.kind, v.address, v.lat, v.lng, d.name AS districtName, d.slug AS districtSlug,
			 v.step_free AS stepFree, v.hearing_loop AS hearingLoop, 0 AS upcoming
			 FROM venues v JOIN districts d ON d.id = v.district_id
			 WHERE v.status = 'approved' ${opts.districtId ? 'AND v.district_id = ?' : ''}
			 ORDER BY v.kind = 'meeting_point' DESC, v.name`
		)
		.all(...(opts.districtId ? [opts.districtId] : [])) as VenueSummary[];
	// One grouped pass over the dates instead of a count per venue (a sixth of the time at scale 10).
	const counts = db.$client
		.prepare(
			`SELECT r.venue_id AS id, count(*) AS n FROM events e
			 JOIN event_revisions r ON r.id = e.published_revision_id
			 JOIN occurrences o ON o.event_id = e.id AND o.ends_at >= ? AND o.cancelled = 0
			 WHERE e.status = 'published' AND r.venue_id IS NOT NULL GROUP BY r.venue_id`
		)
		.all(now) as { id: number; n: number }[];
	const upcoming = new Map(counts.map((c) => [c.id, c.n]));
	return rows.map((r) => bool({ ...r, upcoming: upcoming.get(r.id) ?? 0 }, ['stepFree', 'hearingLoop']));
}

/** Approved venues' slugs and names only, in the list's order (feeds check `plats` against them). */
export function listVenueNames(db: Db): { slug: string; name: string }[] {
	return db.$client
		.prepare(`SELECT slug, name FROM venues WHERE status = 'approved' ORDER BY kind = 'meeting_point' DESC, name`)
		.all() as { slug: string; name: string }[];
}

export type VenueDetail = VenueSummary & {
	postcode: string;
	city: string;
	phone: string | null;
	email: string | null;
	description: string;
	accessibleToilet: boolean;
	parking: boolean;
	busStop: string | null;
	accessibilityNote: string | null;
	districtId: number;
};

export function getVenue(db: Db, slug: string): VenueDetail | null {
	const row = db.$client
		.prepare(
			`SELECT v.id, v.slug, v.name, v.kind, v.address, v.postcode, v.city, v.lat, v.lng, v.phone, v.email,
			 v.description, v.step_free AS stepFree, v.accessible_toilet AS accessibleToilet, v.hearing_loop AS hearingLoop,
			 v.parking, v.bus_stop AS busStop, v.accessibility_note AS accessibilityNote, v.district_id AS districtId,
			 d.name AS districtName, d.slug AS districtSlug, 0 AS upcoming
			 FROM venues v JOIN districts d ON d.id = v.district_id WHERE v.slug = ? AND v.status = 'approved'`
		)
		.get(slug) as VenueDetail | undefined;
	return row ? bool(row, ['stepFree', 'accessibleToilet', 'hearingLoop', 'parking']) : null;
}

export type OpeningRule = { weekday: number; weekParity: 'odd' | 'even' | null; opens: string; closes: string; note: string | null };
export type OpeningDeviation = { fromDate: string; toDate: string; closed: boolean; opens: string | null; closes: string | null; note: string | null };

export function getOpeningHours(db: Db, venueId: number, today: string) {
	const c = db.$client;
	const rules = c
		.prepare(
			`SELECT weekday, week_parity AS weekParity, opens, closes, note FROM opening_hours
			 WHERE venue_id = ? ORDER BY weekday, opens`
		)
		.all(venueId) as OpeningRule[];
	const deviations = (
		c
			.prepare(
				`SELECT from_date AS fromDate, to_date AS toDate, closed, opens, closes, note FROM opening_deviations
				 WHERE venue_id = ? AND to_date >= ? ORDER BY from_date`
			)
			.all(venueId, today) as (Omit<OpeningDeviation, 'closed'> & { closed: number })[]
	).map((d) => ({ ...d, closed: d.closed === 1 }));
	return { rules, deviations };
}

export type DistrictSummary = {
	id: number;
	slug: string;
	name: string;
	description: string;
	residents65Plus: number;
	boundary: GeoJsonGeometry | null;
	venues: number;
	meetingPoints: number;
	upcoming: number;
};

export function listDistricts(db: Db, now = new Date()): DistrictSummary[] {
	const rows = db.$client
		.prepare(
			`SELECT d.id, d.slug, d.name, d.description, d.residents_65_plus AS residents65Plus, d.boundary,
			 (SELECT count(*) FROM venues v WHERE v.district_id = d.id AND v.status = 'approved') AS venues,
			 (SELECT count(*) FROM venues v WHERE v.district_id = d.id AND v.status = 'approved' AND v.kind = 'meeting_point') AS meetingPoints,
			 (SELECT count(*) FROM occurrences o JOIN events e ON e.id = o.event_id AND e.status = 'published'
			  JOIN event_revisions r ON r.id = e.published_revision_id JOIN venues v ON v.id = r.venue_id
			  WHERE v.district_id = d.id AND o.ends_at >= ? AND o.cancelled = 0) AS upcoming
			 FROM districts d ORDER BY d.name`
		)
		.all(now.getTime()) as (Omit<DistrictSummary, 'boundary'> & { boundary: string | null })[];
	return rows.map((r) => ({ ...r, boundary: r.boundary ? JSON.parse(r.boundary) : null }));
}

export function getDistrict(db: Db, slug: string, now = new Date()): DistrictSummary | null {
	return listDistricts(db, now).find((d) => d.slug === slug) ?? null;
}

/** Weekly rules and coming deviations of every venue that has opening hours (the meeting points). */
export function openingHoursByVenue(db: Db, today: string): Record<number, { rules: OpeningRule[]; deviations: OpeningDeviation[] }> {
	const c = db.$client;
	const out: Record<number, { rules: OpeningRule[]; deviations: OpeningDeviation[] }> = {};
	const rules = c
		.prepare(`SELECT venue_id AS venueId, weekday, week_parity AS weekParity, opens, closes, note FROM opening_hours ORDER BY venue_id, weekday, opens`)
		.all() as (OpeningRule & { venueId: number })[];
	for (const { venueId, ...rule } of rules) (out[venueId] ??= { rules: [], deviations: [] }).rules.push(rule);
	const deviations = c
		.prepare(
			`SELECT venue_id AS venueId, from_date AS fromDate, to_date AS toDate, closed, opens, closes, note FROM opening_deviations
			 WHERE to_date >= ? ORDER BY venue_id, from_date`
		)
		.all(today) as (Omit<OpeningDeviation, 'closed'> & { closed: number; venueId: number })[];
	for (const { venueId, closed, ...d } of deviations) out[venueId]?.deviations.push({ ...d, closed: closed === 1 });
	return out;
}
