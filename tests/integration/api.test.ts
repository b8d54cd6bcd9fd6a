import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { openDatabase, type Db } from '../../src/lib/server/db/index';
import { seedDatabase } from '../../src/lib/server/seed/index';
import { parseFilters } from '../../src/lib/domain/filters';
import { listActivities } from '../../src/lib/server/db/queries/activities';
import { readFeedQuery } from '../../src/lib/server/feeds/query';
import { feedWindow } from '../../src/lib/server/feeds/feed-window';

/** Monday 23 November 2026, 09:00 in Stockholm; the handlers read the clock, so it is frozen here. */
const NOW = new Date('2026-11-23T08:00:00Z');
const ORIGIN = 'https://traffpunkt.example';

type Handler = (event: unknown) => Response | Promise<Response>;
let db: Db;
let api: { GET: Handler; OPTIONS: Handler };
let calendar: { GET: Handler };
let eventCalendar: { GET: Handler };
let rss: { GET: Handler };

beforeAll(async () => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(NOW);
	// The app's getDb() opens DATABASE_URL lazily, on the first request.
	const path = join(mkdtempSync(join(tmpdir(), 'traffpunkt-api-')), 'api.db');
	process.env.DATABASE_URL = path;
	db = openDatabase(path);
	await seedDatabase(db, { now: NOW });
	api = (await import('../../src/routes/api/v1/aktiviteter/+server')) as never;
	calendar = (await import('../../src/routes/kalender.ics/+server')) as never;
	eventCalendar = (await import('../../src/routes/(public)/aktiviteter/[id=id]/kalender.ics/+server')) as never;
	rss = (await import('../../src/routes/rss.xml/+server')) as never;
}, 120_000); // seeding shares two cores with the other test files

afterAll(() => {
	vi.useRealTimers();
});

const call = (handler: Handler, pathAndQuery: string, params: Record<string, string> = {}) =>
	handler({ url: new URL(pathAndQuery, ORIGIN), params, request: new Request(new URL(pathAndQuery, ORIGIN)) });

const listFor = (query: string, pageSize?: number) =>
	listActivities(db, parseFilters(new URLSearchParams(query)).filters, NOW, pageSize);

describe('GET /api/v1/aktiviteter', () => {
	it.each([
		'',
		'stadsdel=centrum',
		'stadsdel=centrum&kategori=motion&dag=tis',
		'stadsdel=sanna,ekeby&gratis=1',
		'sprak=fi',
		'tillganglighet=rullstol&tillganglighet=horslinga',
		'q=s%C3%A5ng',
		'q=stav&nar=denna-vecka',
		'nar=nasta-vecka&tid=em',
		'fran=2026-12-01&till=2026-12-24&utan-anmalan=1',
		'kategori=gemenskap&sida=3'
	])('agrees with the list for ?%s', async (query) => {
		const res = await call(api.GET, `/api/v1/aktiviteter?${query}`);
		expect(res.status).toBe(200);
		expect(res.headers.get('access-control-allow-origin')).toBe('*');
		expect(res.headers.get('content-type')).toMatch(/application\/json/);
		const body = await res.json();
		const list = listFor(query);
		expect(list.total).toBeGreaterThan(0);
		expect({ total: body.total, page: body.page, pageCount: body.pageCount }).toEqual({
			total: list.total,
			page: list.page,
			pageCount: list.pageCount
		});
		expect(body.items.map((i: { id: number }) => i.id)).toEqual(list.items.map((i) => i.occurrenceId));
	});

	it('describes each date with absolute links and ISO instants', async () => {
		const body = await (await call(api.GET, '/api/v1/aktiviteter?q=stavg%C3%A5ng')).json();
		expect(body.items.length).toBeGreaterThan(0);
		for (const item of body.items) {
			expect(item.url).toBe(`${ORIGIN}/aktiviteter/${item.eventId}`);
			expect(item.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);
			expect(new Date(item.end).getTime()).toBeGreaterThan(new Date(item.start).getTime());
			expect(item.title).toMatch(/Stavgång/);
			if (item.venue) expect(item.venue.url).toBe(`${ORIGIN}/platser/${item.venue.slug}`);
		}
	});

	it('a page past the end is empty (never the last page again), and meta points back', async () => {
		const last = await (await call(api.GET, '/api/v1/aktiviteter?stadsdel=ekeby')).json();
		expect(last.meta.pageCount).toBeGreaterThan(1);
		const beyond = await (await call(api.GET, `/api/v1/aktiviteter?stadsdel=ekeby&sida=${last.meta.pageCount + 1}`)).json();
		expect(beyond.items).toEqual([]);
		expect(beyond.meta).toMatchObject({ page: last.meta.pageCount + 1, total: last.meta.total, next: null });
		expect(beyond.meta.previous).toBe(`${ORIGIN}/api/v1/aktiviteter?stadsdel=ekeby&sida=${last.meta.pageCount}`);
		const far = await (await call(api.GET, '/api/v1/aktiviteter?stadsdel=ekeby&sida=99999')).json();
		expect(far.items).toEqual([]);
	});

	it('following meta.next visits every date once and stops', async () => {
		const seen: number[] = [];
		let next: string | null = `${ORIGIN}/api/v1/aktiviteter?kategori=motion&per-sida=40`;
		let pages = 0;
		while (next && pages < 100) {
			const body = await (await call(api.GET, next)).json();
			expect(body.meta.pageSize).toBe(40);
			seen.push(...body.items.map((i: { id: number }) => i.id));
			next = body.meta.next;
			pages++;
		}
		const list = listFor('kategori=motion', 10_000);
		expect(pages).toBe(Math.ceil(list.total / 40));
		expect(seen).toEqual(list.items.map((i) => i.occurrenceId));
	});

	it.each(['sida=0', 'sida=-1', 'sida=abc', 'sida=1.5', 'per-sida=0', 'per-sida=101', 'per-sida=x'])('answers 400 for ?%s', async (query) => {
		const res = await call(api.GET, `/api/v1/aktiviteter?${query}`);
		expect(res.status).toBe(400);
		const body = await res.json();
		expect(body.messages).toHaveLength(1);
		expect(body.messages[0]).toMatch(/^(sida|per-sida) ska vara ett heltal/);
	});

	it('answers 400 with a JSON message, and CORS, for fran=2026-13-45', async () => {
		const res = await call(api.GET, '/api/v1/aktiviteter?fran=2026-13-45');
		expect(res.status).toBe(400);
		expect(res.headers.get('access-control-allow-origin')).toBe('*');
		expect(res.headers.get('content-type')).toMatch(/application\/json/);
		expect(await res.json()).toEqual({
			error: 'Felaktig fråga',
			messages: ['Datumet i fran kunde inte läsas. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.']
		});
	});

	it.each(['stadsdel=atlantis', 'kategori=motion,okand', 'dag=sondag', 'nar=igar', 'sprak=xx', `q=${'a'.repeat(201)}`, 'gratis=true', 'utan-anmalan=ja', 'plats=ingenstans', 'stadsdelar=sanna', 'andrad-efter=igar', 'andrad-efter=2026-11-20'])(
		'answers 400 for ?%s',
		async (query) => {
			const res = await call(api.GET, `/api/v1/aktiviteter?${query}`);
			expect(res.status).toBe(400);
			expect(res.headers.get('access-control-allow-origin')).toBe('*');
			expect((await res.json()).messages).toHaveLength(1);
		}
	);

	it('accepts query syntax in q as plain words', async () => {
		for (const q of ['" OR 1=1 --', 'NEAR(', '*']) {
			const res = await call(api.GET, `/api/v1/aktiviteter?q=${encodeURIComponent(q)}`);
			expect(res.status).toBe(200);
		}
	});

	it('answers a CORS preflight', async () => {
		const res = await call(api.OPTIONS, '/api/v1/aktiviteter');
		expect(res.status).toBe(204);
		expect(res.headers.get('access-control-allow-origin')).toBe('*');
		expect(res.headers.get('access-control-allow-methods')).toContain('GET');
	});
});

const vevents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

describe('calendar and RSS routes', () => {
	it('/kalender.ics has one VEVENT per listed date of the next 90 days, named after its filters', async () => {
		const query = 'stadsdel=centrum&kategori=motion';
		const res = await call(calendar.GET, `/kalender.ics?${query}`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
		const ics = await res.text();
		const events = vevents(ics);
		const list = listFor(`${query}&till=2027-02-20`, 10_000);
		expect(list.total).toBeGreaterThan(10);
		expect(events).toHaveLength(list.total);
		expect(events.map((v) => v.getFirstPropertyValue('uid'))).toEqual(
			list.items.map((i) => `occurrence-${i.occurrenceId}@traffpunkt.example`)
		);
		const cal = new ICAL.Component(ICAL.parse(ics));
		expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Centrum — Motion och rörelse – Träffpunkt Karlskoga');
		expect(cal.getFirstPropertyValue('x-wr-caldesc')).toContain('från 23 november 2026 till och med 20 februari 2027');
		expect(cal.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT6H');
		for (const v of events) expect(v.getFirstPropertyValue('geo')).toHaveLength(2);
	});

	it('a calendar named after a search quotes plain words, never markup', async () => {
		const ics = await (await call(calendar.GET, '/kalender.ics?q=stavg%C3%A5ng')).text();
		expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('x-wr-calname')).toBe('”stavgång” – Träffpunkt Karlskoga');
		const markup = await (await call(calendar.GET, `/kalender.ics?q=${encodeURIComponent('<script>alert(1)</script>')}`)).text();
		expect(markup).not.toContain('<script>');
		expect(new ICAL.Component(ICAL.parse(markup)).getFirstPropertyValue('x-wr-calname')).toBe('Sökning – Träffpunkt Karlskoga');
	});

	it('a feed never stops in the middle of a day, and says where it stops', () => {
		const query = readFeedQuery(new URL(`${ORIGIN}/kalender.ics`));
		const window = feedWindow(query, 90, 100, NOW);
		const all = listFor('till=2027-02-20', 100_000);
		expect(all.total).toBeGreaterThan(100);
		expect(window.cut).toBe(true);
		expect(window.items.length).toBeLessThanOrEqual(100);
		expect(window.items).toEqual(all.items.filter((i) => i.localDate <= window.to));
		expect(all.items[window.items.length].localDate > window.to).toBe(true);
		expect(feedWindow(query, 90, 100_000, NOW)).toMatchObject({ cut: false, to: '2027-02-20', items: all.items });
	});

	it.each([
		['/kalender.ics?stadsdel=nonsense', 'stadsdel har ett okänt värde: ”nonsense”'],
		['/kalender.ics?gratis=true', 'gratis kan bara ha värdet 1'],
		['/kalender.ics?kategori=motion&dag=mandag', 'dag har ett okänt värde: ”mandag”'],
		['/rss.xml?plats=ingenstans', 'plats har ett okänt värde: ”ingenstans”'],
		['/rss.xml?fran=2026-02-30', 'Datumet i fran kunde inte läsas'],
		['/rss.xml?kategorier=motion', 'Parametern ”kategorier” finns inte']
	])('refuses %s with 400 and a Swedish message', async (path, message) => {
		const res = await call(path.startsWith('/rss') ? rss.GET : calendar.GET, path);
		expect(res.status).toBe(400);
		expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		expect(res.headers.get('access-control-allow-origin')).toBe('*');
		expect(await res.text()).toContain(message);
	});

	it("/aktiviteter/<id>/kalender.ics has the event's dates from 30 days back", async () => {
		const { id } = db.$client
			.prepare(
				`SELECT e.id FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
				 WHERE r.title = 'Stavgång' AND e.status = 'published' ORDER BY e.id LIMIT 1`
			)
			.get() as { id: number };
		const res = await call(eventCalendar.GET, `/aktiviteter/${id}/kalender.ics`, { id: String(id) });
		expect(res.status).toBe(200);
		const events = vevents(await res.text());
		const expected = db.$client
			.prepare('SELECT count(*) AS n FROM occurrences WHERE event_id = ? AND ends_at >= ?')
			.get(id, NOW.getTime() - 30 * 86_400_000) as { n: number };
		expect(expected.n).toBeGreaterThan(4);
		expect(events).toHaveLength(expected.n);
		for (const v of events) expect(v.getFirstPropertyValue('url')).toBe(`${ORIGIN}/aktiviteter/${id}`);
	});

	it('/aktiviteter/<unknown id>/kalender.ics is a 404', async () => {
		const res = await call(eventCalendar.GET, '/aktiviteter/999999/kalender.ics', { id: '999999' });
		expect(res.status).toBe(404);
	});

	it('/rss.xml lists the next 14 days of the same dates, each linking to its event, published when published', async () => {
		const query = 'sprak=fi';
		const res = await call(rss.GET, `/rss.xml?${query}`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
		const xml = await res.text();
		const list = listFor(`${query}&till=2026-12-06`, 1000);
		const links = [...xml.matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map((m) => m[1]);
		expect(links).toEqual(list.items.map((i) => `${ORIGIN}/aktiviteter/${i.eventId}`));
		expect(links.length).toBeGreaterThan(10);
		expect(xml).toContain(`<link>${ORIGIN}/aktiviteter?sprak=fi</link>`);
		expect(xml).toContain(`<atom:link href="${ORIGIN}/rss.xml?sprak=fi" rel="self" type="application/rss+xml"/>`);
		// pubDate is when the date was published (the demo publishes everything at seeding), not when it takes place.
		const pubDates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]));
		expect(pubDates.every((d) => d <= NOW.getTime())).toBe(true);
	});
});
