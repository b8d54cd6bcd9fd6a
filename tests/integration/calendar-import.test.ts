import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { smallDatabase } from './small-db';
import * as t from '../../src/lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { execute } from '../../src/lib/server/commands/runner';
import { addSource, changeSourceStatus, PAUSE_AFTER_FAILURES, syncSource, VANISHED_NOTE } from '../../src/lib/server/commands/calendar-import';
import { decideRevision } from '../../src/lib/server/commands/moderation';
import { runSourceSync } from '../../src/lib/server/import/sync';
import { calendarChecksum, fetchCalendar } from '../../src/lib/server/import/fetch';
import type { Actor } from '../../src/lib/server/commands/actor';


const NOW = new Date('2027-03-01T08:00:00Z');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/ics/${name}`, import.meta.url));
const GOOGLE = fixture('google-stockholm.ics').toString('utf8');

/** What the local calendar server answers, per path; tests change it between runs. */
type Route = (req: { headers: Record<string, string | string[] | undefined> }) => { status?: number; headers?: Record<string, string>; body?: string | Buffer; delayMs?: number };
const routes = new Map<string, Route>();
let server: Server;
let base = '';
let stamp = 0;

beforeAll(async () => {
	process.env.IMPORT_ALLOW_PRIVATE_ADDRESSES = '1';
	server = createServer((req, res) => {
		const route = routes.get(req.url ?? '');
		if (!route) return res.writeHead(404).end('Not found');
		const r = route(req);
		setTimeout(() => {
			res.writeHead(r.status ?? 200, { 'content-type': 'text/calendar; charset=utf-8', ...r.headers });
			res.end(r.body ?? '');
		}, r.delayMs ?? 0);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
	delete process.env.IMPORT_ALLOW_PRIVATE_ADDRESSES;
	server.closeAllConnections();
	server.close();
});
beforeEach(() => routes.clear());

/** A server that stamps every export with the time of the request, as Google does. */
const restamped = (text: () => string): Route => () => ({ body: text().replace(/DTSTAMP:\d{8}T\d{6}Z/g, `DTSTAMP:20270301T0${String(stamp++ % 10)}0000Z`) });

function setup(opts: { trusted?: boolean } = {}) {
	const s = smallDatabase();
	if (opts.trusted) s.db.update(t.organisations).set({ trusted: true }).run();
	const user = s.db.insert(t.users).values({ email: 'ordf@pro.se', name: 'Ordförande', role: 'organiser', createdAt: NOW }).returning().get();
	s.db.insert(t.memberships).values({ userId: user.id, organisationId: s.organisationId }).run();
	const mod = s.db.insert(t.users).values({ email: 'granskare@kommun.se', name: 'Karin', role: 'moderator', createdAt: NOW }).returning().get();
	const organiser: Actor = { kind: 'organiser', userId: user.id, organisationId: s.organisationId };
	const staff: Actor = { kind: 'staff', userId: mod.id, role: 'moderator' };
	const add = async (path: string, rules: Partial<{ onlyKnownVenues: boolean; includeKeyword: string; skipKeyword: string }> = {}) => {
		const r = await execute(addSource, organiser, { name: 'PRO:s kalender', url: `${base}${path}`, defaultVenueId: s.venueId, defaultCategoryId: s.categoryId, onlyKnownVenues: true, includeKeyword: '', skipKeyword: '', ...rules }, { db: s.db, now: NOW });
		if (!r.ok) throw new Error(JSON.stringify(r));
		return r.value.sourceId;
	};
	const sync = async (sourceId: number, now = NOW, fetch = {}) => {
		const r = await runSourceSync(s.db, organiser, sourceId, { now, fetch });
		if (!r?.ok) throw new Error(JSON.stringify(r));
		return r.value;
	};
	const titles = () => s.db.$client.prepare(`SELECT r.title, r.schedule, r.status, e.status AS eventStatus FROM events e JOIN event_revisions r ON r.id = e.latest_revision_id ORDER BY json_extract(r.schedule, '$.startDate'), r.title`).all() as { title: string; schedule: string; status: string; eventStatus: string }[];
	const count = (table: string) => (s.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
	const source = (id: number) => s.db.select().from(t.calendarSources).where(eq(t.calendarSources.id, id)).get()!;
	return { ...s, organiser, staff, add, sync, titles, count, source };
}

describe('importing an association calendar', () => {
	it('reads a Google export: the series with its excluded and moved dates, an all-day event, Stockholm times across both DST changes, and a reason for each skip', async () => {
		const s = setup({ trusted: true });
		routes.set('/google.ics', restamped(() => GOOGLE));
		const id = await s.add('/google.ics');
		const result = await s.sync(id);
		expect(result.counts).toMatchObject({ created: 8, updated: 0, cancelled: 0, skipped: 4, reasons: { past: 1, private: 1, ignored: 1, unknown_venue: 1 } });
		const rows = s.titles().map((r) => ({ title: r.title, ...JSON.parse(r.schedule) }));
		expect(rows.map((r) => `${r.startDate} ${r.startTime}-${r.endTime} ${r.title}`)).toEqual([
			'2027-03-16 10:00-11:00 Sittgympa',
			'2027-03-30 10:00-11:00 Sittgympa',
			'2027-04-07 13:00-14:00 Sittgympa (flyttad)',
			'2027-04-10 00:00-23:59 Vårmarknad',
			'2027-04-13 10:00-11:00 Sittgympa',
			'2027-04-20 10:00-11:00 Sittgympa',
			'2027-10-30 18:00-20:00 Höstfest',
			'2027-11-01 18:00-19:30 Allhelgonaträff'
		]);
		// The instants: winter time before 28 March, summer time after it.
		const starts = s.db.$client.prepare('SELECT local_date, starts_at FROM occurrences ORDER BY starts_at').all() as { local_date: string; starts_at: number }[];
		expect(starts.slice(0, 2).map((o) => new Date(o.starts_at).toISOString())).toEqual(['2027-03-16T09:00:00.000Z', '2027-03-30T08:00:00.000Z']);
		// Late October (beyond the 200-day date horizon now) once time has passed: summer time on the 30th, winter time on 1 November.
		const later = new Date('2027-06-01T08:00:00Z');
		const { syncOccurrences } = await import('../../src/lib/server/commands/dates');
		for (const { id: eventId } of s.db.$client.prepare('SELECT id FROM events').all() as { id: number }[]) syncOccurrences(s.db, eventId, { now: later });
		const autumn = s.db.$client.prepare(`SELECT local_date, starts_at FROM occurrences WHERE local_date >= '2027-10-01' ORDER BY starts_at`).all() as { local_date: string; starts_at: number }[];
		expect(autumn.map((o) => `${o.local_date} ${new Date(o.starts_at).toISOString()}`)).toEqual(['2027-10-30 2027-10-30T16:00:00.000Z', '2027-11-01 2027-11-01T17:00:00.000Z']);
	});

	it('is idempotent: three more runs (new DTSTAMPs, then a changed comment, then 304) create nothing twice', async () => {
		const s = setup({ trusted: true });
		let etag: string | null = null;
		let extra = '';
		routes.set('/google.ics', (req) => {
			if (etag && req.headers['if-none-match'] === etag) return { status: 304 };
			return { body: GOOGLE.replace('X-WR-CALNAME:PRO Karlskoga', `X-WR-CALNAME:PRO Karlskoga${extra}`).replace(/DTSTAMP:\d{8}T\d{6}Z/g, `DTSTAMP:2027030${stamp++ % 9}T000000Z`), headers: etag ? { etag } : undefined };
		});
		const id = await s.add('/google.ics');
		await s.sync(id);
		const before = { events: s.count('events'), revisions: s.count('event_revisions'), items: s.count('imported_items'), occurrences: s.count('occurrences') };
		expect((await s.sync(id)).unchanged).toBe(true);
		extra = ' (kalender)';
		const third = await s.sync(id);
		expect(third.counts).toMatchObject({ created: 0, updated: 0, cancelled: 0, unchanged: 8 });
		etag = '"v1"';
		await s.sync(id);
		expect(s.source(id).etag).toBe('"v1"');
		expect((await s.sync(id)).unchanged).toBe(true);
		expect({ events: s.count('events'), revisions: s.count('event_revisions'), items: s.count('imported_items'), occurrences: s.count('occurrences') }).toEqual(before);
		expect(s.source(id).consecutiveFailures).toBe(0);
	});

	it('turns an upstream move into a revision and a removal into a cancellation that tells the people signed up', async () => {
		const s = setup({ trusted: true });
		let text = GOOGLE;
		routes.set('/google.ics', () => ({ body: text }));
		const id = await s.add('/google.ics');
		await s.sync(id);
		const market = s.db.$client.prepare(`SELECT o.id, o.event_id FROM occurrences o JOIN event_revisions r ON r.event_id = o.event_id WHERE r.title = 'Vårmarknad'`).get() as { id: number; event_id: number };
		s.db.insert(t.signups).values({ occurrenceId: market.id, name: 'Greta', email: 'greta@example.se', status: 'confirmed', cancelTokenHash: 'x', createdAt: NOW }).run();
		text = GOOGLE.replace('DTSTART;TZID=Europe/Stockholm:20270407T130000', 'DTSTART;TZID=Europe/Stockholm:20270408T140000')
			.replace('DTEND;TZID=Europe/Stockholm:20270407T140000', 'DTEND;TZID=Europe/Stockholm:20270408T150000')
			.replace(/BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270410[\s\S]*?END:VEVENT\r\n/, '');
		const result = await s.sync(id);
		expect(result.counts).toMatchObject({ created: 0, updated: 1, cancelled: 1 });
		const moved = s.db.$client.prepare(`SELECT o.local_date, o.starts_at, o.sequence, (SELECT count(*) FROM event_revisions x WHERE x.event_id = o.event_id) AS revisions FROM occurrences o JOIN events e ON e.id = o.event_id JOIN event_revisions r ON r.id = e.published_revision_id WHERE r.title = 'Sittgympa (flyttad)'`).get() as { local_date: string; starts_at: number; sequence: number; revisions: number };
		expect(moved).toMatchObject({ local_date: '2027-04-08', starts_at: Date.parse('2027-04-08T12:00:00Z'), revisions: 2 });
		expect(moved.sequence).toBeGreaterThan(0);
		const cancelled = s.db.select().from(t.occurrences).where(eq(t.occurrences.id, market.id)).get()!;
		expect(cancelled).toMatchObject({ cancelled: true, cancelNote: VANISHED_NOTE });
		const signup = s.db.select().from(t.signups).get()!;
		expect(signup.changeNote).toBeTruthy();
		const mails = s.db.$client.prepare(`SELECT "to" AS recipient FROM mail_outbox`).all() as { recipient: string }[];
		expect(mails.map((m) => m.recipient)).toContain('greta@example.se');
		// Coming back upstream lifts the cancellation.
		text = GOOGLE;
		expect((await s.sync(id)).counts).toMatchObject({ updated: 2, created: 0 });
		expect(s.db.select().from(t.occurrences).where(eq(t.occurrences.id, market.id)).get()!.cancelled).toBe(false);
	});

	it('sends an untrusted organisation’s dates to the review queue; an approval publishes them, and upstream changes wait as new revisions', async () => {
		const s = setup();
		let text = GOOGLE;
		routes.set('/google.ics', () => ({ body: text }));
		const id = await s.add('/google.ics');
		await s.sync(id);
		expect(s.count('occurrences')).toBe(0);
		expect(new Set(s.titles().map((r) => `${r.status}/${r.eventStatus}`))).toEqual(new Set(['pending/draft']));
		const rev = s.db.$client.prepare(`SELECT id FROM event_revisions WHERE title = 'Höstfest'`).get() as { id: number };
		expect((await execute(decideRevision, s.staff, { revisionId: rev.id, decision: 'approve' }, { db: s.db, now: NOW })).ok).toBe(true);
		text = GOOGLE.replace('DTSTART;TZID=Europe/Stockholm:20271030T180000', 'DTSTART;TZID=Europe/Stockholm:20271030T170000');
		expect((await s.sync(id)).counts).toMatchObject({ updated: 1 });
		const revs = s.db.$client.prepare(`SELECT status FROM event_revisions WHERE event_id = (SELECT event_id FROM event_revisions WHERE id = ?) ORDER BY id`).all(rev.id) as { status: string }[];
		expect(revs.map((r) => r.status)).toEqual(['approved', 'pending']);
	});

	it('keeps Outlook text intact (å, ä, ö, emoji folded mid-character) and reads Windows time-zone names', async () => {
		const s = setup({ trusted: true });
		routes.set('/outlook.ics', () => ({ body: fixture('outlook-windows-zones.ics') }));
		const id = await s.add('/outlook.ics');
		const result = await s.sync(id);
		expect(result.counts).toMatchObject({ created: 2, skipped: 1, reasons: { private: 1 } });
		const rows = s.db.$client.prepare(`SELECT r.title, r.description, r.venue_id, o.starts_at FROM event_revisions r JOIN occurrences o ON o.event_id = r.event_id ORDER BY o.starts_at`).all() as { title: string; description: string; venue_id: number; starts_at: number }[];
		expect(rows.map((r) => r.title)).toEqual(['Demenscafé 💜 – anhörigträff på Kulturhuset', 'Språkcafé ☕ för äldre']);
		expect(rows[0].description).toBe('Välkommen till vårt demenscafé ☕ för anhöriga och närstående. Vi bjuder på kaffe och kanelbulle 🥐 – ingen anmälan behövs. Frågor? Ring Åsa Öberg.');
		expect(rows.map((r) => new Date(r.starts_at).toISOString())).toEqual(['2027-03-25T12:30:00.000Z', '2027-04-01T08:00:00.000Z']);
		expect(rows[0].venue_id).toBe(s.venueId);
	});

	it('counts failures in plain codes (broken file, slow server, too large) and pauses the source after five in a row, telling the organisation', async () => {
		const s = setup();
		routes.set('/broken.ics', () => ({ body: fixture('broken.ics'), headers: { 'content-type': 'text/html' } }));
		routes.set('/slow.ics', () => ({ body: GOOGLE, delayMs: 1500 }));
		routes.set('/big.ics', () => ({ body: GOOGLE.repeat(40) }));
		routes.set('/bad.ics', () => ({ body: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense' }));
		expect(await fetchCalendar(`${base}/slow.ics`, { timeoutMs: 300 })).toEqual({ kind: 'error', code: 'timeout' });
		expect(await fetchCalendar(`${base}/big.ics`, { maxBytes: 50_000 })).toEqual({ kind: 'error', code: 'too_large' });
		expect(await fetchCalendar(`${base}/missing.ics`)).toEqual({ kind: 'error', code: 'not_found' });
		expect(await fetchCalendar('http://127.0.0.1:1/x.ics')).toEqual({ kind: 'error', code: 'no_answer' });
		const id = await s.add('/broken.ics');
		for (let i = 1; i <= PAUSE_AFTER_FAILURES; i++) {
			const r = await runSourceSync(s.db, s.organiser, id, { now: new Date(NOW.getTime() + i * 3600_000) });
			expect(r?.ok && r.value).toMatchObject({ ok: false, errorCode: 'not_calendar', paused: i === PAUSE_AFTER_FAILURES });
		}
		expect(s.source(id)).toMatchObject({ status: 'paused', consecutiveFailures: 5, lastErrorCode: 'not_calendar' });
		const mail = s.db.$client.prepare(`SELECT "to" AS recipient, subject FROM mail_outbox`).all();
		expect(mail).toEqual([{ recipient: 'ordf@pro.se', subject: 'Kalendern ”PRO:s kalender” är pausad' }]);
		expect((await execute(changeSourceStatus, s.organiser, { sourceId: id, action: 'resume' }, { db: s.db })).ok).toBe(true);
		expect(s.source(id)).toMatchObject({ status: 'active', consecutiveFailures: 0 });
		const bad = await s.add('/bad.ics');
		const r = await runSourceSync(s.db, s.organiser, bad, { now: NOW });
		// A file cut off half-way is no calendar either: nothing is imported from it.
		expect(r?.ok && r.value).toMatchObject({ ok: false, errorCode: 'not_calendar' });
		expect(s.count('events')).toBe(0);
	});

	it('refuses private, loopback and link-local addresses unless IMPORT_ALLOW_PRIVATE_ADDRESSES=1, also after a redirect', async () => {
		routes.set('/ok.ics', () => ({ body: GOOGLE }));
		routes.set('/hop', () => ({ status: 302, headers: { location: '/ok.ics' } }));
		routes.set('/loop', () => ({ status: 301, headers: { location: '/loop' } }));
		routes.set('/ftp', () => ({ status: 302, headers: { location: 'ftp://example.org/x.ics' } }));
		expect((await fetchCalendar(`${base}/hop`)).kind).toBe('ok');
		expect(await fetchCalendar(`${base}/loop`)).toEqual({ kind: 'error', code: 'too_many_redirects' });
		expect(await fetchCalendar(`${base}/ftp`)).toEqual({ kind: 'error', code: 'bad_url' });
		expect(await fetchCalendar('file:///etc/passwd')).toEqual({ kind: 'error', code: 'bad_url' });
		for (const url of [`${base}/ok.ics`, 'http://10.0.0.8/x.ics', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/x.ics', 'http://[::ffff:127.0.0.1]/x.ics', 'http://localhost/x.ics'])
			expect(await fetchCalendar(url, { allowPrivate: false })).toEqual({ kind: 'error', code: 'private_address' });
		delete process.env.IMPORT_ALLOW_PRIVATE_ADDRESSES;
		try {
			expect(await fetchCalendar(`${base}/hop`)).toEqual({ kind: 'error', code: 'private_address' });
		} finally {
			process.env.IMPORT_ALLOW_PRIVATE_ADDRESSES = '1';
		}
	});

	it('ignores DTSTAMP in the checksum, and lets only the organisation or staff sync a source', async () => {
		expect(calendarChecksum(GOOGLE)).toBe(calendarChecksum(GOOGLE.replace(/DTSTAMP:\d{8}T\d{6}Z/g, 'DTSTAMP:20991231T235959Z')));
		expect(calendarChecksum(GOOGLE)).not.toBe(calendarChecksum(GOOGLE.replace('Höstfest', 'Höstfesten')));
		const s = setup();
		routes.set('/google.ics', () => ({ body: GOOGLE }));
		const id = await s.add('/google.ics');
		const other: Actor = { kind: 'organiser', userId: 999, organisationId: 999 };
		expect(await runSourceSync(s.db, other, id)).toBeNull();
		const r = await execute(syncSource, other, { sourceId: id, fetched: { kind: 'not_modified' } }, { db: s.db });
		expect(r.ok ? null : r.refused?.status).toBe(404);
		expect((await execute(syncSource, { kind: 'resident' }, { sourceId: id, fetched: { kind: 'not_modified' } }, { db: s.db })).ok).toBe(false);
	});
});
