import type { Db } from '../index';
import { DAY_CODES, TIME_RANGES, dateWindow, type ActivityFilters } from '../../../domain/filters';
import { todayInStockholm } from '../../../domain/dates';
import { toTextQuery } from './search';

export const PAGE_SIZE = 25;

export type Dimension =
	| 'districts'
	| 'categories'
	| 'days'
	| 'times'
	| 'free'
	| 'noSignup'
	| 'access'
	| 'languages'
	| 'audiences';

const ACCESS_COLUMN = {
	rullstol: 'v.step_free',
	horslinga: 'v.hearing_loop',
	toalett: 'v.accessible_toilet',
	parkering: 'v.parking'
} as const;

export const BASE_FROM = `FROM occurrences o
	JOIN events e ON e.id = o.event_id AND e.status IN ('published', 'cancelled')
	JOIN event_revisions r ON r.id = e.published_revision_id
	JOIN organisations org ON org.id = e.organisation_id
	LEFT JOIN venues v ON v.id = r.venue_id
	LEFT JOIN districts d ON d.id = v.district_id`;

const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

/**
 * Activities whose text matches `q`, resolved by the search index (see search-index/text.ts).
 * Without it the SQL falls back to the FTS5 trigram table (the behaviour before the index).
 */
export type TextMatch = { eventIds: number[]; titleEventIds: number[] };

/** True when the list hides dates that are already over (no explicit start date was asked for). */
export function hidesPastDates(f: ActivityFilters) {
	return !(f.from && !f.when) && f.when !== 'imorgon' && f.when !== 'nasta-vecka';
}

/** WHERE clause and parameters for a filter set, optionally leaving one dimension out (for facet counts). */
export function buildWhere(f: ActivityFilters, now: Date, skip?: Dimension, match?: TextMatch) {
	const where: string[] = [];
	const params: unknown[] = [];
	const { from, to } = dateWindow(f, todayInStockholm(now));
	where.push('o.local_date >= ?', 'o.local_date <= ?');
	params.push(from, to);
	// Without an explicit start date the list begins now: dates already over today are left out.
	if (hidesPastDates(f)) {
		where.push('o.ends_at >= ?');
		params.push(now.getTime());
	}
	const text = match ? null : toTextQuery(f.q);
	if (f.q && match) {
		where.push('e.id IN (SELECT value FROM json_each(?))');
		params.push(JSON.stringify(match.eventIds));
	} else if (f.q && !text) where.push('FALSE');
	if (text && 'match' in text) {
		where.push('e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH ?)');
		params.push(text.match);
	} else if (text) {
		for (const pattern of text.like) {
			where.push('e.id IN (SELECT rowid FROM event_search WHERE title LIKE ? OR organisation LIKE ? OR venue LIKE ?)');
			params.push(pattern, pattern, pattern);
		}
	}
	if (skip !== 'districts' && f.districts.length) {
		where.push(`d.slug IN (${marks(f.districts.length)})`);
		params.push(...f.districts);
	}
	if (f.venues.length) {
		where.push(`v.slug IN (${marks(f.venues.length)})`);
		params.push(...f.venues);
	}
	if (skip !== 'categories' && f.categories.length) {
		where.push(`r.category_id IN (SELECT id FROM categories WHERE slug IN (${marks(f.categories.length)}))`);
		params.push(...f.categories);
	}
	if (skip !== 'days' && f.days.length) {
		where.push(`o.weekday IN (${marks(f.days.length)})`);
		params.push(...f.days.map((d) => DAY_CODES.indexOf(d) + 1));
	}
	if (skip !== 'times' && f.times.length) {
		where.push(`(${f.times.map(() => '(o.start_minute >= ? AND o.start_minute < ?)').join(' OR ')})`);
		params.push(...f.times.flatMap((t) => TIME_RANGES[t]));
	}
	if (skip !== 'free' && f.free) where.push(`r.cost_kind = 'free'`);
	if (skip !== 'noSignup' && f.noSignup) where.push('r.signup_required = 0');
	if (skip !== 'access') for (const a of f.access) where.push(`${ACCESS_COLUMN[a]} = 1`);
	if (skip !== 'languages' && f.languages.length) {
		where.push(
			`EXISTS (SELECT 1 FROM revision_languages rl WHERE rl.revision_id = r.id AND rl.language_code IN (${marks(f.languages.length)}))`
		);
		params.push(...f.languages);
	}
	if (skip !== 'audiences' && f.audiences.length) {
		where.push(
			`EXISTS (SELECT 1 FROM revision_audiences ra JOIN audiences a ON a.id = ra.audience_id WHERE ra.revision_id = r.id AND a.slug IN (${marks(f.audiences.length)}))`
		);
		params.push(...f.audiences);
	}
	return { sql: where.join(' AND '), params };
}

export type OccurrenceItem = {
	occurrenceId: number;
	eventId: number;
	title: string;
	summary: string;
	startsAt: number;
	endsAt: number;
	localDate: string;
	cancelled: boolean;
	cancelNote: string | null;
	free: boolean;
	costAmount: number | null;
	signupRequired: boolean;
	categorySlug: string;
	categoryName: string;
	categoryNameEn: string;
	organisationName: string;
	venueName: string | null;
	venueSlug: string | null;
	districtName: string | null;
	remoteKind: 'phone' | 'online' | null;
	stepFree: boolean;
	hearingLoop: boolean;
};

export const ITEM_COLUMNS = `o.id AS occurrenceId, e.id AS eventId, r.title, r.summary, o.starts_at AS startsAt,
	o.ends_at AS endsAt, o.local_date AS localDate, o.cancelled, o.cancel_note AS cancelNote,
	r.cost_kind = 'free' AS free, r.cost_amount AS costAmount, r.signup_required AS signupRequired,
	c.slug AS categorySlug, c.name_sv AS categoryName, c.name_en AS categoryNameEn, org.name AS organisationName,
	v.name AS venueName, v.slug AS venueSlug, d.name AS districtName, r.remote_kind AS remoteKind,
	coalesce(v.step_free, 0) AS stepFree, coalesce(v.hearing_loop, 0) AS hearingLoop`;

export function toItem(row: Record<string, unknown>): OccurrenceItem {
	return {
		...(row as OccurrenceItem),
		cancelled: row.cancelled === 1,
		free: row.free === 1,
		signupRequired: row.signupRequired === 1,
		stepFree: row.stepFree === 1,
		hearingLoop: row.hearingLoop === 1
	};
}

export function listActivities(db: Db, f: ActivityFilters, now = new Date(), pageSize = PAGE_SIZE, match?: TextMatch) {
	const { sql, params } = buildWhere(f, now, undefined, match);
	const c = db.$client;
	const total = (c.prepare(`SELECT count(*) AS n ${BASE_FROM} WHERE ${sql}`).get(...params) as { n: number }).n;
	const pageCount = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(f.page, pageCount);
	const rows = c
		.prepare(
			`SELECT ${ITEM_COLUMNS} ${BASE_FROM} JOIN categories c ON c.id = r.category_id
			 WHERE ${sql} ORDER BY o.starts_at, r.title, o.id LIMIT ? OFFSET ?`
		)
		.all(...params, pageSize, (page - 1) * pageSize) as Record<string, unknown>[];
	return { total, page, pageCount, requestedPage: f.page, items: rows.map(toItem) };
}

export type FacetCounts = Record<Dimension, Record<string, number>>;

/**
 * For each filter, how many dates (or, with `unit` 'activities', how many different activities)
 * each value would give with the other filters kept.
 */
export function activityFacets(
	db: Db,
	f: ActivityFilters,
	now = new Date(),
	match?: TextMatch,
	unit: 'dates' | 'activities' = 'dates'
): FacetCounts {
	const c = db.$client;
	const counted = unit === 'dates' ? 'count(*)' : 'count(DISTINCT e.id)';
	const grouped = (dim: Dimension, keyExpr: string, extraJoin = '') => {
		const { sql, params } = buildWhere(f, now, dim, match);
		const rows = c
			.prepare(`SELECT ${keyExpr} AS k, ${counted} AS n ${BASE_FROM} ${extraJoin} WHERE ${sql} GROUP BY k`)
			.all(...params) as { k: string | number | null; n: number }[];
		return Object.fromEntries(rows.filter((r) => r.k !== null).map((r) => [String(r.k), r.n]));
	};
	const days = grouped('days', 'o.weekday');
	const times = grouped('times', `CASE WHEN o.start_minute < 720 THEN 'fm' WHEN o.start_minute < 1020 THEN 'em' ELSE 'kvall' END`);
	const access = (() => {
		// Accessibility options combine with AND, so each count keeps the ones already chosen.
		const { sql, params } = buildWhere(f, now, undefined, match);
		const of = (column: string) =>
			unit === 'dates' ? `sum(CASE WHEN ${column} THEN 1 ELSE 0 END)` : `count(DISTINCT CASE WHEN ${column} THEN e.id END)`;
		const row = c
			.prepare(
				`SELECT ${of('v.step_free')} AS rullstol, ${of('v.hearing_loop')} AS horslinga,
				 ${of('v.accessible_toilet')} AS toalett, ${of('v.parking')} AS parkering
				 ${BASE_FROM} WHERE ${sql}`
			)
			.get(...params) as Record<string, number | null>;
		return Object.fromEntries(Object.entries(row).map(([k, n]) => [k, n ?? 0]));
	})();
	return {
		districts: grouped('districts', 'd.slug'),
		categories: grouped('categories', 'c.slug', 'JOIN categories c ON c.id = r.category_id'),
		days: Object.fromEntries(Object.entries(days).map(([k, n]) => [DAY_CODES[Number(k) - 1], n])),
		times,
		free: grouped('free', `CASE WHEN r.cost_kind = 'free' THEN 'ja' END`),
		noSignup: grouped('noSignup', `CASE WHEN r.signup_required = 0 THEN 'ja' END`),
		access,
		languages: grouped('languages', 'rl.language_code', 'JOIN revision_languages rl ON rl.revision_id = r.id'),
		audiences: grouped(
			'audiences',
			'a.slug',
			'JOIN revision_audiences ra ON ra.revision_id = r.id JOIN audiences a ON a.id = ra.audience_id'
		)
	};
}

export type MapVenue = {
	slug: string;
	name: string;
	lat: number;
	lng: number;
	address: string;
	districtName: string;
	kind: string;
	count: number;
	nextTitles: string;
};

/** Venues that have dates matching the filters: the same set as the list shows. */
export function venuesForActivities(db: Db, f: ActivityFilters, now = new Date(), match?: TextMatch): MapVenue[] {
	const { sql, params } = buildWhere(f, now, undefined, match);
	return db.$client
		.prepare(
			`SELECT v.slug, v.name, v.lat, v.lng, v.address, d.name AS districtName, v.kind,
			 count(*) AS count, group_concat(DISTINCT r.title) AS nextTitles
			 ${BASE_FROM} WHERE ${sql} AND v.id IS NOT NULL GROUP BY v.id, d.name ORDER BY v.name`
		)
		.all(...params) as MapVenue[];
}
