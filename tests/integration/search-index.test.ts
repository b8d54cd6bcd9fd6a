/**
 * The search index answers exactly what the SQL queries answer: the page of dates, the page of
 * activities, the facet counts (of dates and of activities) and the map's venues, for many random
 * filter sets on generated data, before and after writes that the index learns of incrementally.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from './helpers';
import type { Db } from '../../src/lib/server/db/index';
import { seedDatabase } from '../../src/lib/server/seed/index';
import { ACCESS_CODES, DAY_CODES, TIME_CODES, WHEN_CODES, emptyFilters, type ActivityFilters } from '../../src/lib/domain/filters';
import { addDays } from '../../src/lib/domain/dates';
import { activityFacets, listActivities, venuesForActivities, type MapVenue } from '../../src/lib/server/db/queries/activities';
import { listActivityGroups } from '../../src/lib/server/db/queries/activity-groups';
import { buildIndex, refreshIndex } from '../../src/lib/server/search-index/live';
import { covers, evaluate, matchDates, textMatch, textSlots } from '../../src/lib/server/search-index/query';
import { datePage, facetCounts, groupPage, mapVenues, remoteActivitiesOf } from '../../src/lib/server/search-index/results';
import { compareBinary } from '../../src/lib/server/search-index/compare';
import { remoteActivities, type RemoteActivity } from '../../src/lib/server/db/queries/remote';
import type { SearchIndex } from '../../src/lib/server/search-index/index';
import { words } from '../../src/lib/server/search-index/text';
import { reindexEvent } from '../../src/lib/server/commands/search-index';

/** What the write paths do after a change: keep the FTS5 table in step (the SQL-only path reads it). */
const reindexAll = () => {
	for (const { id } of db.$client.prepare('SELECT id FROM events').all() as { id: number }[]) reindexEvent(db, id);
};

/** Tuesday 1 December 2026, 09:30 in Stockholm. */
const NOW = new Date('2026-12-01T08:30:00Z');
const TODAY = '2026-12-01';

let db: Db;
let vocab: { districts: string[]; categories: string[]; languages: string[]; audiences: string[]; venues: string[]; words: string[] };

function prng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rand = prng(14);
const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
const some = <T,>(list: readonly T[], p: number) => (rand() < p ? list.filter(() => rand() < 0.3).slice(0, 3) : []);
const column = (sql: string) => (db.$client.prepare(sql).all() as { v: string }[]).map((r) => r.v);

/** Makes the generated data less tidy: equal titles at equal times, odd characters, cancellations. */
function roughen() {
	const c = db.$client;
	c.prepare(`UPDATE event_revisions SET title = 'Sångstund' WHERE id IN (SELECT published_revision_id FROM events WHERE id % 17 = 3)`).run();
	c.prepare(`UPDATE event_revisions SET title = 'Öppet hus 🎵 i Zäta' WHERE id IN (SELECT published_revision_id FROM events WHERE id % 23 = 5)`).run();
	c.prepare(`UPDATE occurrences SET cancelled = 1, cancel_note = 'Inställt: ledaren är sjuk' WHERE id % 29 = 0`).run();
	c.prepare(`UPDATE venues SET hearing_loop = NOT hearing_loop WHERE id % 5 = 0`).run();
	c.prepare(`UPDATE events SET status = 'cancelled' WHERE id % 31 = 7`).run();
	reindexAll();
}

beforeAll(async () => {
	db = freshDatabase();
	await seedDatabase(db, { now: NOW });
	roughen();
	vocab = {
		districts: column('SELECT slug AS v FROM districts'),
		categories: column('SELECT slug AS v FROM categories'),
		languages: column('SELECT code AS v FROM languages'),
		audiences: column('SELECT slug AS v FROM audiences'),
		venues: column('SELECT slug AS v FROM venues'),
		words: [...new Set(column(`SELECT title || ' ' || summary || ' ' || organisation AS v FROM event_search`).flatMap(words))]
	};
}, 60_000);

/** A filter set as a visitor could build it in the URL, sometimes with odd dates and text. */
function randomFilters(): ActivityFilters {
	const f = emptyFilters({
		districts: some(vocab.districts, 0.4),
		categories: some(vocab.categories, 0.4),
		venues: rand() < 0.08 ? [pick(vocab.venues)] : [],
		days: some(DAY_CODES, 0.3),
		times: some(TIME_CODES, 0.3),
		free: rand() < 0.2,
		noSignup: rand() < 0.2,
		access: some(ACCESS_CODES, 0.25),
		languages: some(vocab.languages, 0.15),
		audiences: some(vocab.audiences, 0.15),
		page: rand() < 0.7 ? 1 : 1 + Math.floor(rand() * 6)
	});
	const when = rand();
	if (when < 0.25) f.when = pick(WHEN_CODES);
	else if (when < 0.45) f.from = addDays(TODAY, Math.floor(rand() * 60) - 10);
	if (rand() < 0.25) f.to = addDays(f.from ?? TODAY, Math.floor(rand() * 40));
	if (f.from && f.to && f.from > f.to) [f.from, f.to] = [f.to, f.from];
	const q = rand();
	if (q < 0.15) f.q = pick(vocab.words);
	else if (q < 0.22) f.q = pick(vocab.words).slice(0, 4);
	else if (q < 0.27) f.q = `${pick(vocab.words)} ${pick(vocab.words)}`;
	else if (q < 0.3) f.q = pick(['kör', 'i', 'pro', 'PR', 'café', 'STAVGANG', '*', 'zz']);
	return f;
}

/** Maps: the order of nextTitles is not defined in SQL (group_concat), so compare them as sets. */
/** SQL leaves activities with the same next start and title in no particular order; the index orders them by id. */
const soonest = (list: RemoteActivity[]) =>
	[...list].sort((a, b) => a.nextStartsAt - b.nextStartsAt || compareBinary(a.title, b.title) || a.eventId - b.eventId);
let remoteSeen = 0;
const venuesAsSets = (venues: MapVenue[]) => venues.map((v) => ({ ...v, nextTitles: v.nextTitles.split(',').sort() }));

/** Words of four letters or more go through the old FTS5 table when SQL runs alone: the index must agree with it too. */
const ftsComparable = (q: string) => {
	const w = words(q);
	return w.length > 0 && w.some((x) => [...x].length >= 4) && !w.some((x) => [...x].length === 3);
};

function expectSameAnswers(index: SearchIndex, f: ActivityFilters, now: Date, label: string) {
	const pageSize = pick([5, 25, 100]);
	const text = textSlots(index, f.q);
	const match = ftsComparable(f.q) && rand() < 0.5 ? undefined : textMatch(index, text);
	expect(covers(index, f, now), label).toBe(true);
	const ev = evaluate(index, f, now, text);
	expect(datePage(ev, f, pageSize), `${label}: dates`).toEqual(listActivities(db, f, now, pageSize, match));
	// Feeds and the API take the lean pass without facet counts: the same dates in the same order.
	const lean = matchDates(index, f, now, text);
	expect([...lean.matched.subarray(0, lean.total)], `${label}: lean dates`).toEqual([...ev.matched.subarray(0, ev.total)]);
	expect(facetCounts(ev, 'dates'), `${label}: facets`).toEqual(activityFacets(db, f, now, match));
	expect(facetCounts(ev, 'activities'), `${label}: activity facets`).toEqual(activityFacets(db, f, now, match, 'activities'));
	expect(venuesAsSets(mapVenues(ev)), `${label}: venues`).toEqual(venuesAsSets(venuesForActivities(db, f, now, match)));
	const remote = remoteActivitiesOf(ev);
	expect(remote, `${label}: remote`).toEqual(soonest(remoteActivities(db, f, now, match)));
	if (remote.length) remoteSeen++;
	const groups = groupPage(ev, f, pageSize);
	expect(groups, `${label}: activities`).toEqual(listActivityGroups(db, f, now, pageSize, textMatch(index, text)));
	return ev.total;
}

describe('search index against SQL', () => {
	it('gives the same answers for 250 random filter sets at different times of day', () => {
		const index = buildIndex(db, NOW);
		let nonEmpty = 0;
		for (let k = 0; k < 250; k++) {
			const f = randomFilters();
			const now = new Date(NOW.getTime() + Math.floor(rand() * 40) * 3_600_000);
			if (expectSameAnswers(index, f, now, JSON.stringify(f)) > 0) nonEmpty++;
		}
		expect(nonEmpty).toBeGreaterThan(100);
		expect(remoteSeen, 'filter sets with activities by phone or online').toBeGreaterThan(20);
	});

	it('stays equal after writes it learns of by id, and equals an index built afresh', () => {
		const index = buildIndex(db, NOW);
		const c = db.$client;
		const ids = (c.prepare(`SELECT id FROM events WHERE status = 'published' ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
		const [retitled, cancelledDate, unpublished, moved, dropped] = [ids[3], ids[10], ids[20], ids[30], ids[40]];
		c.prepare(`UPDATE event_revisions SET title = 'Aaa först i listan' WHERE id = (SELECT published_revision_id FROM events WHERE id = ?)`).run(retitled);
		c.prepare(`UPDATE occurrences SET cancelled = 1, cancel_note = 'Inställt idag' WHERE id = (SELECT min(id) FROM occurrences WHERE event_id = ? AND local_date >= ?)`).run(cancelledDate, TODAY);
		c.prepare(`UPDATE events SET status = 'draft' WHERE id = ?`).run(unpublished);
		c.prepare(`UPDATE event_revisions SET venue_id = (SELECT max(id) FROM venues), category_id = (SELECT max(id) FROM categories) WHERE id = (SELECT published_revision_id FROM events WHERE id = ?)`).run(moved);
		c.prepare(`DELETE FROM occurrences WHERE event_id = ? AND local_date > ? AND id NOT IN (SELECT occurrence_id FROM signups) AND id NOT IN (SELECT occurrence_id FROM attendance)`).run(dropped, TODAY);
		const venue = (c.prepare(`SELECT id FROM venues ORDER BY id LIMIT 1 OFFSET 2`).get() as { id: number }).id;
		c.prepare(`UPDATE venues SET step_free = NOT step_free, name = 'Ändrad plats' WHERE id = ?`).run(venue);
		reindexAll();
		refreshIndex(index, db, { eventIds: [retitled, cancelledDate, unpublished, moved, dropped], venueIds: [venue] });

		const fresh = buildIndex(db, NOW);
		for (let k = 0; k < 80; k++) {
			const f = randomFilters();
			expectSameAnswers(index, f, NOW, `after writes: ${JSON.stringify(f)}`);
			const a = evaluate(index, f, NOW, textSlots(index, f.q));
			const b = evaluate(fresh, f, NOW, textSlots(fresh, f.q));
			expect(datePage(a, f, 100)).toEqual(datePage(b, f, 100));
			expect(facetCounts(a, 'activities')).toEqual(facetCounts(b, 'activities'));
		}
		expect(index.n).toBe(fresh.n);
	});

	it('matches long words exactly as the FTS5 trigram table did', () => {
		const index = buildIndex(db, NOW);
		const fts = (w: string) =>
			(db.$client.prepare(`SELECT rowid AS id FROM event_search WHERE event_search MATCH ?`).all(`"${w}"`) as { id: number }[]).map((r) => r.id).sort((a, b) => a - b);
		const long = vocab.words.filter((w) => [...w].length >= 4);
		for (let k = 0; k < 150; k++) {
			const w = pick(long);
			const start = Math.floor(rand() * Math.max(1, w.length - 4));
			const term = rand() < 0.5 ? w : w.slice(start, start + 4 + Math.floor(rand() * 3));
			const mine = textMatch(index, textSlots(index, term))!.eventIds.sort((a, b) => a - b);
			expect(mine, term).toEqual(fts(term));
		}
	});

	it('starts after the last two weeks, and the SQL answers for earlier windows', () => {
		const index = buildIndex(db, NOW);
		expect(covers(index, emptyFilters({ from: addDays(TODAY, -14) }), NOW)).toBe(true);
		expect(covers(index, emptyFilters({ from: addDays(TODAY, -15) }), NOW)).toBe(false);
	});
});
