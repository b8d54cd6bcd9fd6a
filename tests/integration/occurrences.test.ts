import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { revisionContent, smallDatabase } from './small-db';
import type { Db } from '../../src/lib/server/db/index';
import * as t from '../../src/lib/server/db/schema';
import { createEvent, publishRevision, type RevisionContent } from '../../src/lib/server/commands/revisions';
import { syncOccurrences } from '../../src/lib/server/commands/dates';
import { listActivities } from '../../src/lib/server/db/queries/activities';
import { emptyFilters } from '../../src/lib/domain/filters';
import type { Schedule } from '../../src/lib/domain/recurrence';

/** Monday 23 November 2026, 09:00 in Stockholm: today's 10:00 date has not begun. */
const NOW = new Date('2026-11-23T08:00:00Z');

const monWed: Schedule = {
	kind: 'weekly',
	startDate: '2026-11-02',
	until: '2026-12-16',
	startTime: '10:00',
	endTime: '11:00',
	weekdays: [1, 3]
};

type Row = { id: number; localDate: string; cancelled: number; cancelNote: string | null };
const rows = (db: Db, eventId: number) =>
	db.$client
		.prepare(
			'SELECT id, local_date AS localDate, cancelled, cancel_note AS cancelNote FROM occurrences WHERE event_id = ? ORDER BY starts_at'
		)
		.all(eventId) as Row[];
const byDate = (list: Row[]) => new Map(list.map((r) => [r.localDate, r]));

/** Inserts a further revision the way an edit does (pending review), without publishing it. */
function addRevision(db: Db, eventId: number, content: RevisionContent, now = NOW) {
	const { audienceIds: _a, languageCodes: _l, ...columns } = content;
	return db
		.insert(t.eventRevisions)
		.values({ ...columns, eventId, status: 'pending', createdAt: now, submittedAt: now })
		.returning({ id: t.eventRevisions.id })
		.get().id;
}

function setup() {
	const s = smallDatabase();
	const first = revisionContent(s, 'Sångstund', monWed);
	const { eventId, revisionId } = createEvent(s.db, s.organisationId, first, { now: NOW });
	publishRevision(s.db, revisionId, { now: NOW, occurrencesFrom: monWed.startDate });
	return { ...s, eventId, revisionId, first };
}

function signUp(db: Db, occurrenceId: number, token: string) {
	db.insert(t.signups)
		.values({ occurrenceId, name: 'Greta', people: 1, status: 'confirmed', cancelTokenHash: token, createdAt: NOW })
		.run();
}

describe('publishing and syncing dates', () => {
	it('materialises past and future dates from occurrencesFrom', () => {
		const { db, eventId } = setup();
		expect(rows(db, eventId).map((r) => r.localDate)).toEqual([
			'2026-11-02', '2026-11-04', '2026-11-09', '2026-11-11', '2026-11-16', '2026-11-18',
			'2026-11-23', '2026-11-25', '2026-11-30', '2026-12-02', '2026-12-07', '2026-12-09',
			'2026-12-14', '2026-12-16'
		]);
	});

	it('keeps past dates, deletes dropped future dates, and cancels a dropped date with a signup', () => {
		const { db, eventId, first } = setup();
		const before = byDate(rows(db, eventId));
		// People signed up for Wednesday 2 December, and attendance was recorded on Wednesday 18 November.
		signUp(db, before.get('2026-12-02')!.id, 'hash-1');
		signUp(db, before.get('2026-12-02')!.id, 'hash-2');
		db.insert(t.attendance).values({ occurrenceId: before.get('2026-11-18')!.id, total: 12, updatedAt: NOW }).run();

		const mondaysOnly = addRevision(db, eventId, { ...first, schedule: { ...monWed, weekdays: [1] } });
		publishRevision(db, mondaysOnly, { now: NOW });

		const after = byDate(rows(db, eventId));
		// History is untouched, Wednesdays included, with the same ids.
		for (const date of ['2026-11-02', '2026-11-04', '2026-11-09', '2026-11-11', '2026-11-16', '2026-11-18'])
			expect(after.get(date)).toEqual(before.get(date));
		expect(db.select().from(t.attendance).all()).toHaveLength(1);
		// Future Mondays are kept (same rows, so signups on them stay attached).
		for (const date of ['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14'])
			expect(after.get(date)?.id).toBe(before.get(date)!.id);
		// Future Wednesdays are gone …
		for (const date of ['2026-11-25', '2026-12-09', '2026-12-16']) expect(after.has(date)).toBe(false);
		// … except the one people signed up for, which is cancelled instead.
		expect(after.get('2026-12-02')).toEqual({
			id: before.get('2026-12-02')!.id,
			localDate: '2026-12-02',
			cancelled: 1,
			cancelNote: 'Tiden är ändrad eller borttagen.'
		});
		expect(db.select().from(t.signups).all()).toHaveLength(2);
		expect(after.size).toBe(6 + 4 + 1);

		// The public list shows the cancelled date, marked as such.
		const list = listActivities(db, emptyFilters(), NOW, 100);
		expect(list.items.map((i) => [i.localDate, i.cancelled])).toEqual([
			['2026-11-23', false],
			['2026-11-30', false],
			['2026-12-02', true],
			['2026-12-07', false],
			['2026-12-14', false]
		]);
	});

	// BUG (or at least surprising): a date cancelled only because a schedule dropped it stays
	// cancelled when a later revision brings it back — the upsert only updates ends_at.
	it('un-cancels a date that a later schedule brings back', () => {
		const { db, eventId, first } = setup();
		const dec2 = byDate(rows(db, eventId)).get('2026-12-02')!;
		signUp(db, dec2.id, 'hash-1');
		publishRevision(db, addRevision(db, eventId, { ...first, schedule: { ...monWed, weekdays: [1] } }), { now: NOW });
		expect(byDate(rows(db, eventId)).get('2026-12-02')?.cancelled).toBe(1);
		publishRevision(db, addRevision(db, eventId, first), { now: NOW });
		expect(byDate(rows(db, eventId)).get('2026-12-02')).toEqual({ ...dec2, cancelled: 0, cancelNote: null });
	});

	it('moves the end time of kept dates when only the end time changes', () => {
		const { db, eventId, first } = setup();
		const longer = addRevision(db, eventId, { ...first, schedule: { ...monWed, endTime: '12:30' } });
		publishRevision(db, longer, { now: NOW });
		const ends = db.$client
			.prepare('SELECT local_date AS d, ends_at - starts_at AS ms FROM occurrences WHERE event_id = ? ORDER BY starts_at')
			.all(eventId) as { d: string; ms: number }[];
		expect(ends.filter((e) => e.d >= '2026-11-23').every((e) => e.ms === 150 * 60_000)).toBe(true);
		expect(ends.filter((e) => e.d < '2026-11-23').every((e) => e.ms === 60 * 60_000)).toBe(true);
	});

	it('is idempotent', () => {
		const { db, eventId } = setup();
		const before = rows(db, eventId);
		syncOccurrences(db, eventId, { now: NOW });
		syncOccurrences(db, eventId, { now: NOW });
		expect(rows(db, eventId)).toEqual(before);
	});

	it('never removes a date that has begun', () => {
		const { db, eventId, first } = setup();
		// 10:30 on Monday 23 November: today's date is under way.
		const during = new Date('2026-11-23T09:30:00Z');
		const today = byDate(rows(db, eventId)).get('2026-11-23')!;
		const wednesdays = addRevision(db, eventId, { ...first, schedule: { ...monWed, weekdays: [3] } }, during);
		publishRevision(db, wednesdays, { now: during });
		expect(byDate(rows(db, eventId)).get('2026-11-23')).toEqual(today);
		expect(byDate(rows(db, eventId)).has('2026-11-30')).toBe(false);
	});
});

describe('revisions', () => {
	it('publishing a new revision supersedes the approved one and makes it the live one', () => {
		const { db, eventId, revisionId, first } = setup();
		const second = addRevision(db, eventId, { ...first, title: 'Boule vid sjön' });
		const status = (id: number) =>
			db.select({ s: t.eventRevisions.status }).from(t.eventRevisions).where(eq(t.eventRevisions.id, id)).get()!.s;
		expect(status(revisionId)).toBe('approved');
		expect(status(second)).toBe('pending');

		publishRevision(db, second, { now: NOW });
		expect(status(revisionId)).toBe('superseded');
		expect(status(second)).toBe('approved');
		const event = db.select().from(t.events).where(eq(t.events.id, eventId)).get()!;
		expect(event.publishedRevisionId).toBe(second);
		expect(event.status).toBe('published');
		const approved = db.select().from(t.eventRevisions).where(eq(t.eventRevisions.status, 'approved')).all();
		expect(approved.map((r) => r.id)).toEqual([second]);

		const third = addRevision(db, eventId, { ...first, title: 'Tredje versionen' });
		publishRevision(db, third, { now: NOW });
		expect([status(revisionId), status(second), status(third)]).toEqual(['superseded', 'superseded', 'approved']);
	});

	it('keeps the search index equal to the published title', () => {
		const { db, eventId, first } = setup();
		const search = (q: string) => listActivities(db, emptyFilters({ q }), NOW, 100).total;
		const ftsTitle = () =>
			(db.$client.prepare('SELECT title FROM event_search WHERE rowid = ?').all(eventId) as { title: string }[]).map(
				(r) => r.title
			);
		expect(ftsTitle()).toEqual(['Sångstund']);
		expect(search('sångstund')).toBe(8); // 23 Nov – 16 Dec, Mondays and Wednesdays

		// A pending edit is not searchable yet.
		const renamed = addRevision(db, eventId, { ...first, title: 'Boule vid sjön' });
		expect(search('boule')).toBe(0);
		expect(search('sångstund')).toBe(8);

		publishRevision(db, renamed, { now: NOW });
		expect(ftsTitle()).toEqual(['Boule vid sjön']);
		expect(search('boule')).toBe(8);
		expect(search('sjön')).toBe(8);
		expect(search('sångstund')).toBe(0);
	});
});

describe('re-planning keeps the identity of a date', () => {
	const seq = (db: Db, eventId: number) =>
		db.$client.prepare('SELECT id, local_date AS localDate, starts_at AS startsAt, sequence FROM occurrences WHERE event_id = ? AND starts_at >= ? ORDER BY starts_at').all(eventId, NOW.getTime()) as { id: number; localDate: string; startsAt: number; sequence: number }[];

	it('a new time keeps every future row (id), raises its sequence and leaves past dates alone', () => {
		const { db, eventId, first } = setup();
		const before = seq(db, eventId);
		const pastBefore = rows(db, eventId).filter((r) => r.localDate < '2026-11-23');
		publishRevision(db, addRevision(db, eventId, { ...first, schedule: { ...monWed, startTime: '10:30', endTime: '11:30' } }), { now: NOW });
		const after = seq(db, eventId);
		expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
		expect(after.every((r) => r.sequence === 1)).toBe(true);
		expect(after.map((r) => r.startsAt - before.find((b) => b.id === r.id)!.startsAt)).toEqual(after.map(() => 30 * 60_000));
		expect(rows(db, eventId).filter((r) => r.localDate < '2026-11-23')).toEqual(pastBefore);
	});

	it('Mondays moved to Tuesdays keep their rows; a dropped date leaves a tombstone', () => {
		const { db, eventId, first } = setup();
		const before = seq(db, eventId);
		publishRevision(db, addRevision(db, eventId, { ...first, schedule: { ...monWed, weekdays: [2, 3] } }), { now: NOW });
		const after = seq(db, eventId);
		expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
		expect(after.filter((r) => r.sequence > 0).every((r) => new Date(r.startsAt).getUTCDay() === 2)).toBe(true);
		publishRevision(db, addRevision(db, eventId, { ...first, schedule: { ...monWed, weekdays: [3] } }), { now: NOW });
		const gone = before.filter((b) => !seq(db, eventId).some((r) => r.id === b.id)).map((b) => b.id);
		expect(gone.length).toBeGreaterThan(0);
		const tombs = db.$client.prepare(`SELECT entity_id AS id FROM tombstones WHERE entity_type = 'occurrence'`).all() as { id: number }[];
		expect(tombs.map((t) => t.id).sort()).toEqual(gone.sort());
	});

	it('a closed day at the venue cancels the date with a note, and reopening brings it back', () => {
		const { db, eventId, venueId } = setup();
		db.insert(t.openingDeviations).values({ venueId, fromDate: '2026-12-07', toDate: '2026-12-09', closed: true, note: 'Renovering' }).run();
		syncOccurrences(db, eventId, { now: NOW });
		const closed = rows(db, eventId).filter((r) => r.cancelled);
		expect(closed.map((r) => [r.localDate, r.cancelNote])).toEqual([['2026-12-07', 'Lokalen är stängd (Renovering).'], ['2026-12-09', 'Lokalen är stängd (Renovering).']]);
		db.delete(t.openingDeviations).run();
		syncOccurrences(db, eventId, { now: NOW });
		expect(rows(db, eventId).filter((r) => r.cancelled)).toEqual([]);
	});

	it('a weekly series skips Swedish holidays unless it runs on them', () => {
		const { db, eventId, first } = setup();
		const christmas = { ...monWed, weekdays: [5], until: '2027-01-08' };
		publishRevision(db, addRevision(db, eventId, { ...first, schedule: christmas }), { now: NOW });
		expect(rows(db, eventId).map((r) => r.localDate).filter((d) => d >= '2026-12-20')).toEqual(['2027-01-08']);
		publishRevision(db, addRevision(db, eventId, { ...first, schedule: { ...christmas, holidays: 'run' } }), { now: NOW });
		expect(rows(db, eventId).map((r) => r.localDate).filter((d) => d >= '2026-12-20')).toEqual(['2026-12-25', '2027-01-01', '2027-01-08']);
	});
});
