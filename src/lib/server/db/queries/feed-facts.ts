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

/** Facts for a set of occurrence ids (any order); ids that are gone are simply missing from the map. */
export function occurrenceFacts(db: Db, occurrenceIds: number[]): Map<number, OccurrenceFacts> {
	if (!occurrenceIds.length) return new Map();
	const c = db.$client;
	const rows = c
		.prepare(
			`SELECT o.id, o.event_id AS eventId, o.sequence, r.id AS revisionId,
			 max(coalesce(o.updated_at, 0), coalesce(r.decided_at, 0), coalesce(v.updated_at, 0),
			     CASE WHEN e.status = 'cancelled' THEN e.updated_at ELSE 0 END) AS modifiedAt,
			 max(coalesce(r.decided_at, e.updated_at), coalesce(o.updated_at, 0)) AS publishedAt,
			 e.updated_at AS eventUpdatedAt,
			 r.capacity, r.signup_how AS signupHow, r.signup_online AS signupOnline, r.cost_unit AS costUnit,
			 r.cost_note AS costNote, r.gathering_place AS gatheringPlace,
			 v.id AS venueId, v.address, v.postcode, v.city, v.lat, v.lng, d.slug AS districtSlug,
			 coalesce((SELECT sum(s.people) FROM signups s WHERE s.occurrence_id = o.id AND s.status = 'confirmed'), 0) AS booked
			 FROM occurrences o
			 JOIN events e ON e.id = o.event_id
			 JOIN event_revisions r ON r.id = e.published_revision_id
			 LEFT JOIN venues v ON v.id = r.venue_id
			 LEFT JOIN districts d ON d.id = v.district_id
			 WHERE o.id IN (SELECT value FROM json_each(?))`
		)
		.all(ids(occurrenceIds)) as Record<string, any>[];
	const revisions = ids(rows.map((r) => r.revisionId));
	const byRevision = (sql: string) => {
		const map = new Map<number, string[]>();
		for (const row of c.prepare(sql).all(revisions) as { revisionId: number; value: string }[])
			map.set(row.revisionId, [...(map.get(row.revisionId) ?? []), row.value]);
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
				id: r.id,
				eventId: r.eventId,
				sequence: r.sequence,
				modifiedAt: r.modifiedAt || r.eventUpdatedAt,
				publishedAt: r.publishedAt,
				capacity: r.capacity,
				booked: r.booked,
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
