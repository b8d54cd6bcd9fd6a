import type { Db } from '../index';
import { EVENT_CHANGED_AT } from './feed-facts';

/** What the search index reads: plain rows, so that another database can serve the same shapes. */
export type SourceEvent = {
	id: number;
	title: string;
	summary: string;
	description: string;
	categoryId: number;
	venueId: number | null;
	remoteKind: 'phone' | 'online' | null;
	free: boolean;
	costAmount: number | null;
	signupRequired: boolean;
	organisationName: string;
	schedule: string;
	languages: string[];
	audiences: string[];
	/** What feeds call the activity's own change time (EVENT_CHANGED_AT), and the event row's, ms. */
	changedAt: number;
	updatedAt: number;
};

export type SourceVenue = {
	id: number;
	slug: string;
	name: string;
	address: string;
	postcode: string;
	city: string;
	lat: number;
	lng: number;
	kind: string;
	districtId: number;
	stepFree: boolean;
	hearingLoop: boolean;
	toilet: boolean;
	parking: boolean;
};

export type SourceTaxonomy = {
	districts: { id: number; slug: string; name: string; boundary: string | null }[];
	categories: { id: number; slug: string; nameSv: string; nameEn: string }[];
};

/** Occurrence rows as parallel arrays (one allocation per column, not per row). */
export type SourceDates = {
	id: number[];
	eventId: number[];
	startsAt: number[];
	endsAt: number[];
	/** Europe/Stockholm date as yyyymmdd. */
	day: number[];
	weekday: number[];
	startMinute: number[];
	cancelled: number[];
	/** Raised on every change of the date (SEQUENCE), and when it last changed (ms, 0 if never). */
	sequence: number[];
	updatedAt: number[];
	notes: Map<number, string>;
};

const idList = (ids: number[]) => JSON.stringify(ids);

/** Events the public sees (published or cancelled, with a published revision); all, or those in `ids`. */
export function loadPublicEvents(db: Db, ids?: number[]): SourceEvent[] {
	const c = db.$client;
	const only = ids ? 'AND e.id IN (SELECT value FROM json_each(?))' : '';
	const args = ids ? [idList(ids)] : [];
	const rows = c
		.prepare(
			`SELECT e.id, r.id AS revisionId, r.title, r.summary, r.description || ' ' || coalesce(r.easy_read, '') AS description,
			        r.category_id AS categoryId, r.venue_id AS venueId, r.remote_kind AS remoteKind,
			        r.cost_kind = 'free' AS free, r.cost_amount AS costAmount, r.signup_required AS signupRequired,
			        org.name AS organisationName, r.schedule, ${EVENT_CHANGED_AT} AS changedAt, e.updated_at AS updatedAt
			 FROM events e
			 JOIN event_revisions r ON r.id = e.published_revision_id
			 JOIN organisations org ON org.id = e.organisation_id
			 LEFT JOIN venues v ON v.id = r.venue_id
			 WHERE e.status IN ('published', 'cancelled') ${only}`
		)
		.all(...args) as (Omit<SourceEvent, 'languages' | 'audiences' | 'free' | 'signupRequired'> & {
		revisionId: number;
		free: number;
		signupRequired: number;
	})[];
	const revisions = idList(rows.map((r) => r.revisionId));
	const languages = groupBy(
		c.prepare(`SELECT revision_id AS k, language_code AS v FROM revision_languages WHERE revision_id IN (SELECT value FROM json_each(?))`).all(revisions) as KV[]
	);
	const audiences = groupBy(
		c
			.prepare(
				`SELECT ra.revision_id AS k, a.slug AS v FROM revision_audiences ra JOIN audiences a ON a.id = ra.audience_id
				 WHERE ra.revision_id IN (SELECT value FROM json_each(?))`
			)
			.all(revisions) as KV[]
	);
	return rows.map(({ revisionId, ...r }) => ({
		...r,
		free: r.free === 1,
		signupRequired: r.signupRequired === 1,
		languages: languages.get(revisionId) ?? [],
		audiences: audiences.get(revisionId) ?? []
	}));
}

type KV = { k: number; v: string };
function groupBy(rows: KV[]) {
	const out = new Map<number, string[]>();
	for (const { k, v } of rows) {
		const list = out.get(k);
		if (list) list.push(v);
		else out.set(k, [v]);
	}
	return out;
}

/** Ids of the public events that take place at one of these venues. */
export function publicEventsAtVenues(db: Db, venueIds: number[]): number[] {
	return (
		db.$client
			.prepare(
				`SELECT e.id FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
				 WHERE r.venue_id IN (SELECT value FROM json_each(?))`
			)
			.all(idList(venueIds)) as { id: number }[]
	).map((r) => r.id);
}

export function loadVenues(db: Db): SourceVenue[] {
	const rows = db.$client
		.prepare(
			`SELECT id, slug, name, address, postcode, city, lat, lng, kind, district_id AS districtId, step_free AS stepFree,
			        hearing_loop AS hearingLoop, accessible_toilet AS toilet, parking FROM venues`
		)
		.all() as (Omit<SourceVenue, 'stepFree' | 'hearingLoop' | 'toilet' | 'parking'> & Record<'stepFree' | 'hearingLoop' | 'toilet' | 'parking', number>)[];
	return rows.map((v) => ({ ...v, stepFree: v.stepFree === 1, hearingLoop: v.hearingLoop === 1, toilet: v.toilet === 1, parking: v.parking === 1 }));
}

export function loadTaxonomy(db: Db): SourceTaxonomy {
	const c = db.$client;
	return {
		districts: c.prepare('SELECT id, slug, name, boundary FROM districts ORDER BY name').all() as SourceTaxonomy['districts'],
		categories: c.prepare('SELECT id, slug, name_sv AS nameSv, name_en AS nameEn FROM categories').all() as SourceTaxonomy['categories']
	};
}

/** Dates from `fromDate` (yyyy-mm-dd) on, of every event or of those in `eventIds`. */
export function loadDates(db: Db, fromDate: string, eventIds?: number[]): SourceDates {
	const only = eventIds ? 'AND event_id IN (SELECT value FROM json_each(?))' : '';
	const rows = db.$client
		.prepare(
			`SELECT id, event_id, starts_at, ends_at, CAST(replace(local_date, '-', '') AS INTEGER), weekday, start_minute,
			        cancelled, cancel_note, sequence, coalesce(updated_at, 0)
			 FROM occurrences WHERE local_date >= ? ${only} ORDER BY local_date, starts_at, id`
		)
		.raw()
		.all(...(eventIds ? [fromDate, idList(eventIds)] : [fromDate])) as [number, number, number, number, number, number, number, number, string | null, number, number][];
	const out: SourceDates = { id: [], eventId: [], startsAt: [], endsAt: [], day: [], weekday: [], startMinute: [], cancelled: [], sequence: [], updatedAt: [], notes: new Map() };
	for (const r of rows) {
		out.id.push(r[0]);
		out.eventId.push(r[1]);
		out.startsAt.push(r[2]);
		out.endsAt.push(r[3]);
		out.day.push(r[4]);
		out.weekday.push(r[5]);
		out.startMinute.push(r[6]);
		out.cancelled.push(r[7]);
		out.sequence.push(r[9]);
		out.updatedAt.push(r[10]);
		if (r[8] !== null) out.notes.set(r[0], r[8]);
	}
	return out;
}
