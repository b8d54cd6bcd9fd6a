import type { Db } from '../index';
import type { CostUnit } from '../schema';

/** What feeds and the API say about a date beyond the list's columns: identity, change time, place, sign-up. */
export type OccurrenceFacts = {
	id: number;
	eventId: number;
	sequence: number;
	/** Last change of anything the date shows (the date, its event's published version, its venue), ms. */
	modifiedAt: number;
	/** When the date as it now reads was published (the version's approval, or a later change of the date), ms. */
	publishedAt: number;
	capacity: number | null;
	booked: number;
	signupHow: string | null;
	signupOnline: boolean;
	costUnit: CostUnit | null;
	costNote: string | null;
	gatheringPlace: string | null;
	venue: { address: string; postcode: string; city: string; lat: number; lng: number; districtSlug: string } | null;
	audiences: string[];
	languages: string[];
};

const ids = (list: number[]) => JSON.stringify([...new Set(list)]);

/**
 * The event's part of a date's change time (with events e, event_revisions r, venues v): its
 * version's approval, its venue's change, its cancellation. A date's own change time is added to it.
 */
export const EVENT_CHANGED_AT = `max(coalesce(r.decided_at, 0), coalesce(v.updated_at, 0), CASE WHEN e.status = 'cancelled' THEN e.updated_at ELSE 0 END)`;

type EventFacts = Omit<OccurrenceFacts, 'id' | 'eventId' | 'sequence' | 'modifiedAt' | 'publishedAt' | 'booked'> & {
	/** EVENT_CHANGED_AT */
	changedAt: number;
	decidedAt: number | null;
	updatedAt: number;
};

/** Per event: the published version's facts, its venue and its audiences and languages. */
function eventFacts(db: Db, eventIds: number[]): Map<number, EventFacts> {
	const c = db.$client;
	const rows = c
		.prepare(
			`SELECT e.id, r.id AS revisionId,
			 ${EVENT_CHANGED_AT} AS changedAt,
			 r.decided_at AS decidedAt, e.updated_at AS updatedAt,
			 r.capacity, r.signup_how AS signupHow, r.signup_online AS signupOnline, r.cost_unit AS costUnit,
			 r.cost_note AS costNote, r.gathering_place AS gatheringPlace,
			 v.id AS venueId, v.address, v.postcode, v.city, v.lat, v.lng, d.slug AS districtSlug
			 FROM events e
			 JOIN event_revisions r ON r.id = e.published_revision_id
			 LEFT JOIN venues v ON v.id = r.venue_id
			 LEFT JOIN districts d ON d.id = v.district_id
			 WHERE e.id IN (SELECT value FROM json_each(?))`
		)
		.all(ids(eventIds)) as Record<string, any>[];
	const revisions = ids(rows.map((r) => r.revisionId));
	const byRevision = (sql: string) => {
		const map = new Map<number, string[]>();
		for (const row of c.prepare(sql).all(revisions) as { revisionId: number; value: string }[]) {
			const list = map.get(row.revisionId);
			if (list) list.push(row.value);
			else map.set(row.revisionId, [row.value]);
		}
		return map;
	};
	const audiences = byRevision(
		`SELECT ra.revision_id AS revisionId, a.slug AS value FROM revision_audiences ra JOIN audiences a ON a.id = ra.audience_id
		 WHERE ra.revision_id IN (SELECT value FROM json_each(?)) ORDER BY a.sort_order`
	);
	const languages = byRevision(
		`SELECT revision_id AS revisionId, language_code AS value FROM revision_languages
		 WHERE revision_id IN (SELECT value FROM json_each(?)) ORDER BY language_code`
	);
	return new Map(
		rows.map((r) => [
			r.id,
			{
				changedAt: r.changedAt,
				decidedAt: r.decidedAt,
				updatedAt: r.updatedAt,
				capacity: r.capacity,
				signupHow: r.signupHow,
				signupOnline: r.signupOnline === 1,
				costUnit: r.costUnit,
				costNote: r.costNote,
				gatheringPlace: r.gatheringPlace,
				venue: r.venueId
					? { address: r.address, postcode: r.postcode, city: r.city, lat: r.lat, lng: r.lng, districtSlug: r.districtSlug }
					: null,
				audiences: audiences.get(r.revisionId) ?? [],
				languages: languages.get(r.revisionId) ?? []
			}
		])
	);
}

/** The dates themselves, by primary key: [id, eventId, sequence, updatedAt or 0]. */
function dateRows(db: Db, occurrenceIds: number[]) {
	return db.$client
		.prepare(`SELECT id, event_id, sequence, coalesce(updated_at, 0) FROM occurrences WHERE id IN (SELECT value FROM json_each(?))`)
		.raw()
		.all(ids(occurrenceIds)) as [number, number, number, number][];
}

/**
 * Facts for a set of occurrence ids (any order); ids that are gone are simply missing from the map.
 * Read as the dates, then once per activity what its dates share (a page of 50 dates is often a
 * dozen activities), then the sign-ups: the same values as one join of all of it, in less time.
 */
export function occurrenceFacts(db: Db, occurrenceIds: number[]): Map<number, OccurrenceFacts> {
	const out = new Map<number, OccurrenceFacts>();
	if (!occurrenceIds.length) return out;
	const dates = dateRows(db, occurrenceIds);
	const events = eventFacts(db, dates.map((d) => d[1]));
	const booked = new Map(
		db.$client
			.prepare(
				`SELECT occurrence_id, sum(people) FROM signups WHERE status = 'confirmed' AND occurrence_id IN (SELECT value FROM json_each(?))
				 GROUP BY occurrence_id`
			)
			.raw()
			.all(ids(dates.map((d) => d[0]))) as [number, number][]
	);
	for (const [id, eventId, sequence, dateUpdatedAt] of dates) {
		const e = events.get(eventId);
		if (!e) continue;
		const { changedAt, decidedAt, updatedAt, ...shared } = e;
		out.set(id, {
			id,
			eventId,
			sequence,
			modifiedAt: Math.max(dateUpdatedAt, changedAt) || updatedAt,
			publishedAt: Math.max(decidedAt ?? updatedAt, dateUpdatedAt),
			booked: booked.get(id) ?? 0,
			...shared
		});
	}
	return out;
}

export type CalendarFacts = Pick<OccurrenceFacts, 'sequence' | 'modifiedAt'> & { venue: Pick<NonNullable<OccurrenceFacts['venue']>, 'address' | 'postcode' | 'city' | 'lat' | 'lng'> | null };

/**
 * What a calendar entry needs beyond the list's columns, for many dates at once: the same
 * sequence and change time as `occurrenceFacts`, and the address, without sign-ups, audiences
 * and languages (a 3,000-date calendar read them for nothing).
 */
export function calendarFacts(db: Db, occurrenceIds: number[]): Map<number, CalendarFacts> {
	const out = new Map<number, CalendarFacts>();
	if (!occurrenceIds.length) return out;
	const dates = dateRows(db, occurrenceIds);
	const events = new Map<number, { changedAt: number; updatedAt: number; venue: CalendarFacts['venue'] }>();
	for (const [id, changedAt, updatedAt, venueId, address, postcode, city, lat, lng] of db.$client
		.prepare(
			`SELECT e.id, ${EVENT_CHANGED_AT},
			 e.updated_at, v.id, v.address, v.postcode, v.city, v.lat, v.lng
			 FROM events e
			 JOIN event_revisions r ON r.id = e.published_revision_id
			 LEFT JOIN venues v ON v.id = r.venue_id
			 WHERE e.id IN (SELECT value FROM json_each(?))`
		)
		.raw()
		.all(ids(dates.map((d) => d[1]))) as [number, number, number, number | null, string, string, string, number, number][])
		events.set(id, { changedAt, updatedAt, venue: venueId === null ? null : { address, postcode, city, lat, lng } });
	for (const [id, eventId, sequence, dateUpdatedAt] of dates) {
		const e = events.get(eventId);
		if (e) out.set(id, { sequence, modifiedAt: Math.max(dateUpdatedAt, e.changedAt) || e.updatedAt, venue: e.venue });
	}
	return out;
}

export type DeletionMarker = { type: 'occurrence' | 'event' | 'venue'; id: number; deletedAt: number };

/** Public records that disappeared after `since` (ms), oldest first: the API's deletion markers. */
export function listDeletionsSince(db: Db, since: number): DeletionMarker[] {
	return db.$client
		.prepare(
			`SELECT entity_type AS type, entity_id AS id, deleted_at AS deletedAt FROM tombstones
			 WHERE deleted_at > ? ORDER BY deleted_at, id`
		)
		.all(since) as DeletionMarker[];
}

export type VenueFeedFacts = {
	modifiedAt: number | null;
	postcode: string;
	city: string;
	accessibleToilet: boolean;
	parking: boolean;
	busStop: string | null;
	openingHours: { weekday: number; weekParity: 'odd' | 'even' | null; opens: string; closes: string; note: string | null }[];
};

/** Per approved venue (by id): what the API lists beyond the venue summary, opening rules included. */
export function venueFeedFacts(db: Db): Map<number, VenueFeedFacts> {
	const c = db.$client;
	const out = new Map<number, VenueFeedFacts>();
	for (const v of c
		.prepare(
			`SELECT id, updated_at AS modifiedAt, postcode, city, accessible_toilet AS accessibleToilet, parking, bus_stop AS busStop
			 FROM venues WHERE status = 'approved'`
		)
		.all() as Record<string, any>[])
		out.set(v.id, { modifiedAt: v.modifiedAt, postcode: v.postcode, city: v.city, accessibleToilet: v.accessibleToilet === 1, parking: v.parking === 1, busStop: v.busStop, openingHours: [] });
	for (const h of c
		.prepare(`SELECT venue_id AS venueId, weekday, week_parity AS weekParity, opens, closes, note FROM opening_hours ORDER BY weekday, opens`)
		.all() as { venueId: number; weekday: number; weekParity: 'odd' | 'even' | null; opens: string; closes: string; note: string | null }[]) {
		const { venueId, ...rule } = h;
		out.get(venueId)?.openingHours.push(rule);
	}
	return out;
}

/** The published version's fields that the event page does not load: cost unit, gathering place, Finnish texts. */
export function eventFeedExtras(db: Db, eventId: number) {
	return (
		(db.$client
			.prepare(
				`SELECT r.cost_unit AS costUnit, r.gathering_place AS gatheringPlace, r.title_fi AS titleFi, r.summary_fi AS summaryFi,
				 r.signup_deadline_hours AS signupDeadlineHours, r.decided_at AS publishedAt
				 FROM events e JOIN event_revisions r ON r.id = e.published_revision_id WHERE e.id = ?`
			)
			.get(eventId) as
			| { costUnit: CostUnit | null; gatheringPlace: string | null; titleFi: string | null; summaryFi: string | null; signupDeadlineHours: number | null; publishedAt: number | null }
			| undefined) ?? null
	);
}
