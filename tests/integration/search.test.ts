/** Search as residents use it, through the index, on the demo data. */
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from './helpers';
import type { Db } from '../../src/lib/server/db/index';
import { seedDatabase } from '../../src/lib/server/seed/index';
import { emptyFilters } from '../../src/lib/domain/filters';
import { buildIndex } from '../../src/lib/server/search-index/live';
import { evaluate, textSlots } from '../../src/lib/server/search-index/query';
import { datePage, groupPage } from '../../src/lib/server/search-index/results';
import { fold, searchTerms } from '../../src/lib/server/search-index/text';
import type { SearchIndex } from '../../src/lib/server/search-index/index';

const NOW = new Date('2026-12-01T08:30:00Z');
let db: Db;
let index: SearchIndex;

beforeAll(async () => {
	db = freshDatabase();
	await seedDatabase(db, { now: NOW });
	index = buildIndex(db, NOW);
}, 60_000);

const activitiesFor = (q: string) => {
	const f = emptyFilters({ q });
	return groupPage(evaluate(index, f, NOW, textSlots(index, f.q)), f, 1000);
};
/** Everything searched for an event: title, summary, description, organisation, venue. */
const searchedText = (eventId: number) =>
	(
		db.$client.prepare(`SELECT title || ' ' || summary || ' ' || description || ' ' || organisation || ' ' || venue AS t FROM event_search WHERE rowid = ?`).get(eventId) as {
			t: string;
		}
	).t;

describe('search through the index', () => {
	it('matches a short word like "kör" as a whole word only', () => {
		const found = activitiesFor('kör').items;
		expect(found.length).toBeGreaterThan(0);
		for (const g of found) expect(fold(searchedText(g.eventId)).match(/[\p{L}\p{N}]+/gu)).toContain('kor');
		// "Seniorkören" (its text says seniorkör and körklassiker, never kör alone) is not a match.
		expect(found.map((g) => g.title)).not.toContain('Seniorkören i Karlskoga kyrka');
		expect(activitiesFor('kören').items.map((g) => g.title)).toContain('Seniorkören i Karlskoga kyrka');
	});

	it('ranks activities with the words in their title first', () => {
		const found = activitiesFor('promenad').items;
		const firstOther = found.findIndex((g) => !g.titleMatch);
		expect(firstOther).toBeGreaterThan(0);
		expect(found.slice(firstOther).some((g) => g.titleMatch)).toBe(false);
		for (const g of found.slice(0, firstOther)) expect(fold(g.title)).toContain('promenad');
		expect(found.some((g) => !fold(g.title).includes('promenad'))).toBe(true);
	});

	it('lists each activity once with its next date and how many dates match', () => {
		const f = emptyFilters({ q: 'sittgympa' });
		const ev = evaluate(index, f, NOW, textSlots(index, f.q));
		const groups = groupPage(ev, f, 100);
		const dates = datePage(ev, f, 10_000);
		expect(groups.total).toBe(new Set(dates.items.map((i) => i.eventId)).size);
		for (const g of groups.items) {
			const own = dates.items.filter((i) => i.eventId === g.eventId);
			expect(g.dates).toBe(own.length);
			expect(g.next).toEqual(own[0]);
		}
		expect(groups.items.reduce((n, g) => n + g.dates, 0)).toBe(dates.total);
	});

	it('keeps forgiving å ä ö and compounds for longer words', () => {
		expect(activitiesFor('stavgang').total).toBe(activitiesFor('Stavgång').total);
		expect(activitiesFor('cafe').items.map((g) => g.title)).toEqual(expect.arrayContaining(['Språkcafé', 'Stickcafé']));
	});

	it('offers the closest word the site has when a word matches nothing', () => {
		const [term] = index.words.unknown(searchTerms('stavgåmg'));
		expect(term.word).toBe('stavgamg');
		expect(index.words.closest(term.word)).toBe('stavgång');
		expect(index.words.closest('bingp')).toBe('bingo');
		expect(index.words.unknown(searchTerms('bingo'))).toEqual([]);
	});
});
