/**
 * The facts feeds and the API add to a date (sequence, change and publication time, place,
 * sign-ups, audiences, languages) read in steps, against the one join they replaced, on the demo
 * data with sign-ups, moved dates, cancelled dates and a cancelled event.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from './helpers';
import type { Db } from '../../src/lib/server/db/index';
import { seedDatabase } from '../../src/lib/server/seed/index';
import { calendarFacts, occurrenceFacts } from '../../src/lib/server/db/queries/feed-facts';
import { buildIndex, refreshIndex } from '../../src/lib/server/search-index/live';
import type { SearchIndex } from '../../src/lib/server/search-index/index';

const NOW = new Date('2026-12-01T08:30:00Z');
let db: Db;

/** The single query occurrenceFacts used to be (its audiences and languages are tested by the feeds' own tests). */
function reference(ids: number[]) {
	return db.$client
		.prepare(
			`SELECT o.id, o.event_id AS eventId, o.sequence,
			 max(coalesce(o.updated_at, 0), coalesce(r.decided_at, 0), coalesce(v.updated_at, 0),
			     CASE WHEN e.status = 'cancelled' THEN e.updated_at ELSE 0 END) AS modifiedAt,
			 max(coalesce(r.decided_at, e.updated_at), coalesce(o.updated_at, 0)) AS publishedAt,
			 e.updated_at AS eventUpdatedAt, r.capacity, r.signup_how AS signupHow, r.signup_online AS signupOnline,
			 r.cost_unit AS costUnit, r.cost_note AS costNote, r.gathering_place AS gatheringPlace,
			 v.id AS venueId, v.address, v.postcode, v.city, v.lat, v.lng, d.slug AS districtSlug,
			 coalesce((SELECT sum(s.people) FROM signups s WHERE s.occurrence_id = o.id AND s.status = 'confirmed'), 0) AS booked
			 FROM occurrences o
			 JOIN events e ON e.id = o.event_id
			 JOIN event_revisions r ON r.id = e.published_revision_id
			 LEFT JOIN venues v ON v.id = r.venue_id
			 LEFT JOIN districts d ON d.id = v.district_id
			 WHERE o.id IN (SELECT value FROM json_each(?))`
		)
		.all(JSON.stringify(ids)) as Record<string, any>[];
}

beforeAll(async () => {
	db = freshDatabase();
	await seedDatabase(db, { now: NOW });
	const c = db.$client;
	// Untidy on purpose: changed dates, changed venues, sign-ups of every status, a cancelled event, a version without approval time.
	c.prepare(`UPDATE occurrences SET updated_at = ?, sequence = sequence + 2 WHERE id % 7 = 1`).run(NOW.getTime() + 60_000);
	c.prepare(`UPDATE occurrences SET cancelled = 1, cancel_note = 'Ledaren är sjuk' WHERE id % 11 = 0`).run();
	c.prepare(`UPDATE venues SET updated_at = ? WHERE id % 3 = 0`).run(NOW.getTime() + 120_000);
	c.prepare(`UPDATE events SET status = 'cancelled', updated_at = ? WHERE id % 9 = 4`).run(NOW.getTime() + 180_000);
	const signUp = c.prepare(`INSERT INTO signups (occurrence_id, name, people, status, cancel_token_hash, created_at) VALUES (?, 'Test', ?, ?, ?, ?)`);
	const dates = (c.prepare('SELECT id FROM occurrences WHERE id % 5 = 2').all() as { id: number }[]).map((r) => r.id);
	dates.forEach((id, i) => {
		signUp.run(id, 1 + (i % 3), 'confirmed', `t${i}a`, NOW.getTime());
		if (i % 2) signUp.run(id, 2, i % 4 === 1 ? 'cancelled' : 'waiting', `t${i}b`, NOW.getTime());
	});
	c.prepare(`UPDATE event_revisions SET decided_at = NULL WHERE id IN (SELECT published_revision_id FROM events WHERE id % 13 = 6)`).run();
}, 120_000);

describe('occurrence facts', () => {
	it('are what the one join said, for every date, sign-ups included', () => {
		const all = (db.$client.prepare('SELECT id FROM occurrences ORDER BY id DESC').all() as { id: number }[]).map((r) => r.id);
		const expected = reference(all);
		expect(expected.length).toBeGreaterThan(500);
		expect(expected.some((r) => r.booked > 0)).toBe(true);
		const facts = occurrenceFacts(db, [...all, 999_999_999]);
		const lean = calendarFacts(db, all);
		expect(facts.size).toBe(expected.length);
		expect(lean.size).toBe(expected.length);
		for (const r of expected) {
			const f = facts.get(r.id)!;
			const venue = r.venueId ? { address: r.address, postcode: r.postcode, city: r.city, lat: r.lat, lng: r.lng, districtSlug: r.districtSlug } : null;
			expect({ ...f, audiences: undefined, languages: undefined }).toEqual({
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
				venue,
				audiences: undefined,
				languages: undefined
			});
			const v = f.venue;
			expect(lean.get(r.id)).toEqual({ sequence: f.sequence, modifiedAt: f.modifiedAt, venue: v && { address: v.address, postcode: v.postcode, city: v.city, lat: v.lat, lng: v.lng } });
		}
	});

	it('give each date its activity’s audiences and languages in order', () => {
		const row = db.$client
			.prepare(
				`SELECT o.id, e.published_revision_id AS rev FROM occurrences o JOIN events e ON e.id = o.event_id
				 WHERE e.published_revision_id IN (SELECT revision_id FROM revision_languages) LIMIT 1`
			)
			.get() as { id: number; rev: number };
		const langs = (db.$client.prepare('SELECT language_code AS v FROM revision_languages WHERE revision_id = ? ORDER BY language_code').all(row.rev) as { v: string }[]).map((r) => r.v);
		expect(occurrenceFacts(db, [row.id]).get(row.id)!.languages).toEqual(langs);
	});

	it('are the same from the search index as from SQL, also after writes it learns of by id', () => {
		const index = buildIndex(db, NOW);
		const expectSame = (ix: SearchIndex) => {
			const ids = [...ix.occId.subarray(0, ix.n)];
			const sql = calendarFacts(db, ids);
			expect(ids.length).toBeGreaterThan(500);
			for (const id of ids) expect(ix.calendarFacts(id), `date ${id}`).toEqual(sql.get(id));
		};
		expectSame(index);
		expect(index.calendarFacts(999_999_999)).toBeUndefined();
		const c = db.$client;
		const [a, b] = c.prepare(`SELECT o.id, o.event_id AS eventId FROM occurrences o WHERE o.id IN (SELECT min(id) FROM occurrences GROUP BY event_id) LIMIT 2`).all() as { id: number; eventId: number }[];
		c.prepare(`UPDATE occurrences SET sequence = sequence + 1, updated_at = ? WHERE id = ?`).run(NOW.getTime() + 300_000, a.id);
		c.prepare(`UPDATE events SET status = 'cancelled', updated_at = ? WHERE id = ?`).run(NOW.getTime() + 400_000, b.eventId);
		const venue = c.prepare(`SELECT r.venue_id AS id FROM events e JOIN event_revisions r ON r.id = e.published_revision_id WHERE r.venue_id IS NOT NULL LIMIT 1`).get() as { id: number };
		c.prepare(`UPDATE venues SET postcode = '691 99', city = 'Degerfors', updated_at = ? WHERE id = ?`).run(NOW.getTime() + 500_000, venue.id);
		// Nothing but the event row's own time to go by: no approval time, no change of date or venue.
		const bare = c.prepare(`SELECT e.id, r.id AS revisionId, r.venue_id AS venueId FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
			WHERE e.status = 'published' AND r.venue_id IS NOT NULL AND r.venue_id <> ? LIMIT 1`).get(venue.id) as { id: number; revisionId: number; venueId: number };
		c.prepare(`UPDATE event_revisions SET decided_at = NULL WHERE id = ?`).run(bare.revisionId);
		c.prepare(`UPDATE venues SET updated_at = NULL WHERE id = ?`).run(bare.venueId);
		c.prepare(`UPDATE occurrences SET updated_at = NULL WHERE event_id = ?`).run(bare.id);
		const before = index.calendarFacts(a.id)!;
		refreshIndex(index, db, { eventIds: [a.eventId, b.eventId, bare.id], venueIds: [venue.id, bare.venueId] });
		expect(index.calendarFacts(a.id)!.sequence).toBe(before.sequence + 1);
		expectSame(index);
	});
});
