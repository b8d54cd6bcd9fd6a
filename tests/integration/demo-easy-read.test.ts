import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from './helpers';
import type { Db } from '../../src/lib/server/db/index';
import { seedDatabase } from '../../src/lib/server/seed/index';
import { lix, splitSentences } from '../../src/lib/domain/lix';

const NOW = new Date('2026-11-23T08:00:00Z');

let db: Db;
beforeAll(async () => {
	db = freshDatabase();
	await seedDatabase(db, { now: NOW });
}, 120_000);

type Row = { id: number; title: string; easyRead: string | null; venueKind: string | null; category: string };
const published = () =>
	db.$client
		.prepare(
			`SELECT e.id, r.title, r.easy_read AS easyRead, v.kind AS venueKind, c.slug AS category
			 FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
			 LEFT JOIN venues v ON v.id = r.venue_id JOIN categories c ON c.id = r.category_id
			 WHERE e.status = 'published'`
		)
		.all() as Row[];

describe('the demo data: easy-read texts', () => {
	it('every meeting-point activity and every preventive-health event has a good easy-read text', () => {
		const due = published().filter((e) => e.venueKind === 'meeting_point' || e.category === 'halsa');
		expect(due.length).toBeGreaterThan(50);
		const bad = due
			.map((e) => ({ title: e.title, text: e.easyRead ?? '', r: lix(e.easyRead ?? '') }))
			.filter(({ text, r }) => r.length !== 'good' || r.lix >= 30 || r.longestSentence > 12 || text.split('\n').length !== splitSentences(text).length || !/[.!?]$/.test(text));
		expect(bad.map((b) => `${b.title}: LIX ${b.r.lix}, ${b.r.sentences} sentences, longest ${b.r.longestSentence} words`)).toEqual([]);
	});

	it('the texts are written for each activity, not one text for all', () => {
		const due = published().filter((e) => e.venueKind === 'meeting_point' || e.category === 'halsa');
		const titles = new Set(due.map((e) => e.title));
		const texts = new Set(due.map((e) => e.easyRead));
		expect(texts.size).toBe(titles.size);
		// Their average is well inside easy-read.
		const mean = due.reduce((sum, e) => sum + lix(e.easyRead ?? '').lix, 0) / due.length;
		expect(mean).toBeLessThan(25);
	});
});
