import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { revisionContent, smallDatabase } from './small-db';
import * as t from '../../src/lib/server/db/schema';
import { createEvent, publishRevision, type RevisionContent } from '../../src/lib/server/commands/revisions';
import type { Schedule } from '../../src/lib/domain/recurrence';
import type { Db } from '../../src/lib/server/db/index';

/**
 * What a subscribed calendar sees when staff change a series: the same entries, updated in place.
 * Runs the real routes on a fresh migrated database; the schedule is changed the way publishing a
 * new revision changes it.
 */
const NOW = new Date('2026-11-23T08:00:00Z'); // Monday 09:00 in Stockholm
const LATER = new Date('2026-11-23T10:00:00Z');
const ORIGIN = 'https://traffpunkt.example';

const weekly: Schedule = { kind: 'weekly', startDate: '2026-11-02', until: '2026-12-16', startTime: '09:00', endTime: '10:00', weekdays: [1, 3] };

type Handler = (event: unknown) => Response | Promise<Response>;
let db: Db;
let ids: { categoryId: number; venueId: number; organisationId: number };
let eventCalendar: { GET: Handler };
let calendar: { GET: Handler };
let api: { GET: Handler };

beforeAll(async () => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(NOW);
	process.env.QUERY_CACHE = '0';
	process.env.DATABASE_URL = join(mkdtempSync(join(tmpdir(), 'traffpunkt-uid-')), 'uid.db');
	const { getDb } = await import('../../src/lib/server/db/index');
	db = getDb();
	ids = smallDatabase(db);
	eventCalendar = (await import('../../src/routes/(public)/aktiviteter/[id=id]/kalender.ics/+server')) as never;
	calendar = (await import('../../src/routes/kalender.ics/+server')) as never;
	api = (await import('../../src/routes/api/v1/aktiviteter/+server')) as never;
}, 120_000); // migrating shares two cores with the other test files

afterAll(() => {
	vi.useRealTimers();
	delete process.env.QUERY_CACHE;
});

const call = (handler: Handler, path: string, params: Record<string, string> = {}) =>
	handler({ url: new URL(path, ORIGIN), params, request: new Request(new URL(path, ORIGIN)) });

type Entry = { uid: string; sequence: number; start: number; status: string; modified: number; stamp: number; geo: unknown; location: string };
async function entries(res: Response): Promise<Entry[]> {
	expect(res.status).toBe(200);
	const cal = new ICAL.Component(ICAL.parse(await res.text()));
	return cal.getAllSubcomponents('vevent').map((v) => ({
		uid: v.getFirstPropertyValue('uid') as string,
		sequence: Number(v.getFirstPropertyValue('sequence') ?? 0),
		start: (v.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime(),
		status: v.getFirstPropertyValue('status') as string,
		modified: (v.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().getTime(),
		stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime(),
		geo: v.getFirstPropertyValue('geo'),
		location: v.getFirstPropertyValue('location') as string
	}));
}

function publishedSeries(title: string) {
	const content = revisionContent(ids, title, weekly);
	const { eventId, revisionId } = createEvent(db, ids.organisationId, content, { now: NOW });
	publishRevision(db, revisionId, { now: NOW, occurrencesFrom: weekly.startDate });
	return { eventId, content };
}

/** A staff edit: a new revision with another schedule, published (as approving it does). */
function publishChange(eventId: number, content: RevisionContent, schedule: Schedule, now = LATER) {
	vi.setSystemTime(now);
	const { audienceIds: _a, languageCodes: _l, ...columns } = content;
	const revisionId = db
		.insert(t.eventRevisions)
		.values({ ...columns, schedule, eventId, status: 'pending', createdAt: now, submittedAt: now })
		.returning({ id: t.eventRevisions.id })
		.get().id;
	publishRevision(db, revisionId, { now });
}

describe('a staff time change seen by a subscribed calendar', () => {
	it('keeps every future UID, raises SEQUENCE and LAST-MODIFIED, moves the time, leaves past dates alone', async () => {
		vi.setSystemTime(NOW);
		const { eventId, content } = publishedSeries('Morgongympa');
		const path = `/aktiviteter/${eventId}/kalender.ics`;
		const before = await entries(await call(eventCalendar.GET, path, { id: String(eventId) }));
		// The change is published at 11:00, after today's 09:00 class: that one is history by then.
		const future = before.filter((e) => e.start >= LATER.getTime());
		const past = before.filter((e) => e.start < LATER.getTime());
		expect(future).toHaveLength(7);
		expect(past.length).toBeGreaterThan(0);
		for (const e of before) {
			expect(e.uid).toMatch(/^occurrence-\d+@traffpunkt\.example$/);
			expect(e.sequence).toBe(0);
		}

		publishChange(eventId, content, { ...weekly, startTime: '09:30', endTime: '10:30' });
		const after = await entries(await call(eventCalendar.GET, path, { id: String(eventId) }));
		const byUid = new Map(after.map((e) => [e.uid, e]));
		expect(after).toHaveLength(before.length);
		for (const old of future) {
			const now = byUid.get(old.uid);
			expect(now, `future entry ${old.uid} kept`).toBeDefined();
			expect(now!.start - old.start).toBe(30 * 60_000);
			expect(now!.sequence).toBeGreaterThan(old.sequence);
			expect(now!.modified).toBeGreaterThan(old.modified);
			expect(now!.stamp).toBe(now!.modified);
			expect(now!.status).toBe('CONFIRMED');
		}
		for (const old of past) expect(byUid.get(old.uid)).toMatchObject({ start: old.start, sequence: 0 });

		// The municipality-wide feed names the same dates by the same UIDs and sequences.
		const feed = await entries(await call(calendar.GET, '/kalender.ics'));
		for (const e of feed) expect(byUid.get(e.uid)).toMatchObject({ start: e.start, sequence: e.sequence });
		expect(feed.map((e) => e.uid).sort()).toEqual(after.filter((e) => e.start >= LATER.getTime()).map((e) => e.uid).sort());
	});

	it('"lägg till det här datumet" gives one entry under the same UID as the subscription', async () => {
		vi.setSystemTime(NOW);
		const { eventId } = publishedSeries('Boule');
		const all = await entries(await call(eventCalendar.GET, `/aktiviteter/${eventId}/kalender.ics`, { id: String(eventId) }));
		const occurrence = db.$client.prepare(`SELECT id FROM occurrences WHERE event_id = ? AND local_date = '2026-12-02'`).get(eventId) as { id: number };
		const one = await entries(await call(eventCalendar.GET, `/aktiviteter/${eventId}/kalender.ics?tillfalle=${occurrence.id}`, { id: String(eventId) }));
		expect(one).toHaveLength(1);
		expect(all.find((e) => e.uid === one[0].uid)).toEqual(one[0]);
		expect(one[0].location).toContain('Kyrkbacken 9');
		expect(one[0].geo).toEqual([59.33, 14.52]);
		const wrong = await call(eventCalendar.GET, `/aktiviteter/${eventId}/kalender.ics?tillfalle=999999`, { id: String(eventId) });
		expect(wrong.status).toBe(400);
		expect(await wrong.text()).toContain('tillfalle ska vara numret');
	});

	it('a dropped date leaves the feed and comes back from the API as a deletion marker', async () => {
		vi.setSystemTime(NOW);
		const { eventId, content } = publishedSeries('Sittgympa');
		const before = await entries(await call(eventCalendar.GET, `/aktiviteter/${eventId}/kalender.ics`, { id: String(eventId) }));
		publishChange(eventId, content, { ...weekly, weekdays: [1] });
		const after = await entries(await call(eventCalendar.GET, `/aktiviteter/${eventId}/kalender.ics`, { id: String(eventId) }));
		const gone = before.filter((e) => !after.some((a) => a.uid === e.uid));
		expect(gone.length).toBe(4); // the Wednesdays 25 November, 2, 9 and 16 December
		const since = new Date(LATER.getTime() - 60_000).toISOString();
		const body = await (await call(api.GET, `/api/v1/aktiviteter?andrad-efter=${since}&per-sida=100`)).json();
		const markers = body.deleted.map((d: { type: string; id: number }) => `occurrence-${d.id}@traffpunkt.example`);
		for (const g of gone) expect(markers).toContain(g.uid);
		expect(body.items.every((i: { modified: string }) => i.modified > since)).toBe(true);
	});

	it('past dates of a cancelled event stay as they were; only the future is cancelled', async () => {
		vi.setSystemTime(NOW);
		const { eventId } = publishedSeries('Stickcafé');
		// Cancelling the whole event cancels its future dates (the organiser's and staff's action).
		db.$client.prepare(`UPDATE events SET status = 'cancelled', cancel_note = 'Ledaren har flyttat.', updated_at = ? WHERE id = ?`).run(LATER.getTime(), eventId);
		db.$client.prepare(`UPDATE occurrences SET cancelled = 1, cancel_note = 'Ledaren har flyttat.' WHERE event_id = ? AND starts_at >= ?`).run(eventId, NOW.getTime());
		const list = await entries(await call(eventCalendar.GET, `/aktiviteter/${eventId}/kalender.ics`, { id: String(eventId) }));
		expect(list.filter((e) => e.start < NOW.getTime()).map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CONFIRMED']);
		expect(new Set(list.filter((e) => e.start >= NOW.getTime()).map((e) => e.status))).toEqual(new Set(['CANCELLED']));
	});
});
