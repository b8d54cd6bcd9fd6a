import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { portAt, startApp, tempDir, type App } from '../support/servers';

/**
 * Two municipalities in one deployment (README "Flera kommuner"), chosen by host name: Karlskoga
 * and its neighbour Degerfors, each with its own demo data. No page, feed, API answer or export of
 * one holds any of the other's names; staff of one cannot read or act on the other; a resident may
 * widen a search to the neighbour ("Visa även grannkommuner") and is sent to the neighbour's site.
 */
test.describe.configure({ mode: 'serial' });

const PASSWORD = 'traffpunkt-demo';
const port = portAt(61);
const host = { karlskoga: `karlskoga.localhost:${port}`, degerfors: `degerfors.localhost:${port}` };
type Id = keyof typeof host;
const other = (id: Id): Id => (id === 'karlskoga' ? 'degerfors' : 'karlskoga');

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A request for one municipality's host name (the test's own resolver does not know *.localhost). */
function request(id: Id, path: string, opts: { method?: string; form?: Record<string, string>; cookie?: string } = {}): Promise<Answer> {
	const body = opts.form ? new URLSearchParams(opts.form).toString() : undefined;
	return new Promise((resolve, reject) => {
		const req = http.request(
			{
				host: '127.0.0.1',
				port,
				path,
				method: opts.method ?? (body ? 'POST' : 'GET'),
				headers: {
					host: host[id],
					accept: 'text/html,application/json,*/*',
					...(body ? { 'content-type': 'application/x-www-form-urlencoded', origin: `http://${host[id]}` } : {}),
					...(opts.cookie ? { cookie: opts.cookie } : {})
				}
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (d) => (text += d));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

/** Names only this municipality has: its districts, places, organisations, people and activities. */
function ownNames(file: string): string[] {
	const db = new Database(file, { readonly: true });
	try {
		const rows = db
			.prepare(
				`SELECT name FROM districts UNION SELECT name FROM venues UNION SELECT name FROM organisations UNION SELECT name FROM users
				 UNION SELECT r.title FROM events e JOIN event_revisions r ON r.id = e.published_revision_id`
			)
			.pluck()
			.all() as string[];
		return rows;
	} finally {
		db.close();
	}
}

let app: App;
let dir: string;
const files = (id: Id) => join(dir, `${id}.db`);
const names: Record<Id, string[]> = { karlskoga: [], degerfors: [] };

test.beforeAll(async () => {
	test.setTimeout(120_000);
	dir = tempDir('tenants');
	const registry = {
		municipalities: [
			{ id: 'karlskoga', name: 'Karlskoga', origin: `http://${host.karlskoga}`, database: 'karlskoga.db', neighbours: ['degerfors'] },
			{ id: 'degerfors', name: 'Degerfors', origin: `http://${host.degerfors}`, database: 'degerfors.db', neighbours: ['karlskoga'] }
		]
	};
	writeFileSync(join(dir, 'kommuner.json'), JSON.stringify(registry));
	app = await startApp(port, { MUNICIPALITIES_FILE: join(dir, 'kommuner.json'), DEMO_DATA: '1', OUTBOX_DIR: join(dir, 'outbox') });
	const k = ownNames(files('karlskoga'));
	const d = ownNames(files('degerfors'));
	// A name the other also uses, or one inside one of its names ("Boule" in "Boule vid Letälven"), tells nothing.
	const only = (own: string[], theirs: string[]) => own.filter((n) => !theirs.some((t) => t.includes(n)));
	names.karlskoga = only(k, d);
	names.degerfors = only(d, k);
	expect(names.degerfors.length).toBeGreaterThan(10);
});

test.afterAll(async () => {
	await app?.stop();
});

async function signIn(id: Id, email: string) {
	const res = await request(id, '/konto/logga-in', { form: { email, password: PASSWORD } });
	expect(res.status, `sign-in at ${id}`).toBe(303);
	const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith('traffpunkt_session='));
	expect(cookie).toBeTruthy();
	return cookie!;
}

const STAFF = { karlskoga: 'personal@demo.invalid', degerfors: 'personal@degerfors.demo.invalid' };

test("no page, feed, API answer or export of one municipality holds the other's data", async () => {
	test.setTimeout(180_000);
	for (const id of ['karlskoga', 'degerfors'] as const) {
		const api = JSON.parse((await request(id, '/api/v1/aktiviteter?sida=1')).body) as { items: { eventId: number; venue: { slug: string } | null }[] };
		const districts = JSON.parse((await request(id, '/api/v1/stadsdelar')).body) as { features: { properties: { slug: string } }[] };
		const eventId = api.items[0].eventId;
		const venue = api.items.find((i) => i.venue)!.venue!.slug;
		const paths = [
			'/', '/aktiviteter', '/aktiviteter?visa=aktiviteter', '/aktiviteter?q=fika', '/karta', '/platser', '/stadsdelar',
			`/stadsdelar/${districts.features[0].properties.slug}`, `/program?stadsdel=${districts.features[0].properties.slug}`, '/lattlast', '/tillganglighet',
			'/oppna-data', '/prenumerera', '/inbaddning', '/inbaddning/lista', `/aktiviteter/${eventId}`,
			`/platser/${venue}`, '/kalender.ics', '/rss.xml', '/api/v1/aktiviteter', '/api/v1/aktiviteter?sida=2', '/api/v1/platser',
			'/api/v1/stadsdelar', `/api/v1/aktiviteter/${eventId}`, '/api/v1/openapi.json'
		];
		const cookie = await signIn(id, STAFF[id]);
		const staffPaths = ['/personal/aktiviteter', '/personal/foreningar', '/personal/platser', '/personal/anvandare', '/personal/granskning', '/personal/logg', '/personal/rapporter', '/personal/rapporter.csv', '/personal/logg.csv', '/personal/utkorg'];
		for (const [path, c] of [...paths.map((p) => [p, undefined] as const), ...staffPaths.map((p) => [p, cookie] as const)]) {
			const res = await request(id, path, { cookie: c });
			expect(res.status, `${id} ${path}`).toBe(200);
			const leaked = names[other(id)].filter((n) => res.body.includes(n));
			expect(leaked, `${id} ${path} shows ${other(id)}'s data`).toEqual([]);
			if (!path.includes('.csv') && !path.includes('.ics') && !path.includes('rss')) {
				// Every absolute link points at this municipality's own address, not the other's.
				expect(res.body, `${id} ${path} links to ${other(id)}`).not.toContain(host[other(id)]);
			}
		}
	}
});

test("a place or an activity of the other municipality is not found; the same id is this one's own", async () => {
	const degerforsTitles = ownNames(files('degerfors'));
	const kVenue = (JSON.parse((await request('karlskoga', '/api/v1/platser')).body) as { items: { slug: string }[] }).items[0].slug;
	expect((await request('degerfors', `/platser/${kVenue}`)).status).toBe(404);
	expect((await request('degerfors', `/api/v1/platser/${kVenue}`)).status).toBe(404);
	// Degerfors has five activities; Karlskoga's 100th is not one of them.
	expect((await request('degerfors', '/aktiviteter/100')).status).toBe(404);
	const one = await request('degerfors', '/api/v1/aktiviteter/1');
	expect(one.status).toBe(200);
	expect(degerforsTitles).toContain((JSON.parse(one.body) as { title: string }).title);
});

test('staff of one municipality can neither read nor act on the other', async () => {
	const degerforsStaff = await signIn('degerfors', STAFF.degerfors);
	// The session is Degerfors's: at Karlskoga it is no session at all.
	const page = await request('karlskoga', '/personal/aktiviteter', { cookie: degerforsStaff });
	expect(page.status).toBe(303);
	expect(page.headers.location).toContain('/konto/logga-in');
	expect((await request('karlskoga', '/personal/rapporter.csv', { cookie: degerforsStaff })).status).toBe(303);

	const k = new Database(files('karlskoga'));
	const date = k.prepare('SELECT id, event_id AS eventId FROM occurrences WHERE cancelled = 0 AND starts_at > ? ORDER BY starts_at LIMIT 1').get(Date.now() + 86_400_000) as { id: number; eventId: number };
	const act = await request('karlskoga', `/personal/aktiviteter/${date.eventId}?/cancelDate`, { form: { occurrence: String(date.id), note: 'Från fel kommun' }, cookie: degerforsStaff });
	expect(act.status).toBeGreaterThanOrEqual(300);
	expect(act.body).not.toContain('Tillfället är inställt');
	expect((k.prepare('SELECT cancelled FROM occurrences WHERE id = ?').get(date.id) as { cancelled: number }).cancelled).toBe(0);
	k.close();

	// Degerfors's staff sign-in does not work at Karlskoga, and Karlskoga's does not work at Degerfors.
	expect((await request('karlskoga', '/konto/logga-in', { form: { email: STAFF.degerfors, password: PASSWORD } })).status).toBe(400);
	expect((await request('degerfors', '/konto/logga-in', { form: { email: STAFF.karlskoga, password: PASSWORD } })).status).toBe(400);
	// A host no municipality has gets a plain 404, never some municipality's pages.
	const stray = await new Promise<number>((resolve, reject) =>
		http.get({ host: '127.0.0.1', port, path: '/aktiviteter', headers: { host: `okand.localhost:${port}` } }, (res) => resolve(res.statusCode ?? 0)).on('error', reject)
	);
	expect(stray).toBe(404);
});

test('a write in one municipality reaches its own caches and index only', async () => {
	const staff = await signIn('degerfors', STAFF.degerfors);
	const d = new Database(files('degerfors'));
	const date = d.prepare('SELECT id, event_id AS eventId, local_date AS day FROM occurrences WHERE cancelled = 0 AND starts_at > ? ORDER BY starts_at LIMIT 1').get(Date.now() + 86_400_000) as { id: number; eventId: number; day: string };
	d.close();
	const cancelled = async (id: Id) => {
		const body = JSON.parse((await request(id, `/api/v1/aktiviteter?fran=${date.day}&till=${date.day}`)).body) as { items: { id: number; cancelled: boolean }[] };
		return body.items.find((i) => i.id === date.id)?.cancelled;
	};
	expect(await cancelled('degerfors')).toBe(false);
	// Karlskoga has its own date with that id (or none): whatever it says must not change.
	const before = await cancelled('karlskoga');
	const res = await request('degerfors', `/personal/aktiviteter/${date.eventId}?/cancelDate`, { form: { occurrence: String(date.id), note: 'Inställt i Degerfors' }, cookie: staff });
	expect(res.status).toBe(303);
	expect(await cancelled('degerfors')).toBe(true);
	expect(await cancelled('karlskoga')).toBe(before);
});

test('a resident widens the search to the neighbouring municipality and reaches its own site', async ({ browser }) => {
	const page = await browser.newPage();
	await page.goto(`http://${host.karlskoga}/aktiviteter?q=boule`);
	await expect(page.getByRole('heading', { level: 2, name: /^I Degerfors/ })).toHaveCount(0);
	await page.getByText('Välj vad du vill se').click();
	await page.getByLabel(/Visa även grannkommuner \(Degerfors\)/).check();
	const section = page.getByRole('region', { name: /^I Degerfors: \d+ tillfällen/ });
	await expect(section).toBeVisible();
	// Karlskoga's own boule dates stay first; Degerfors's follow, each linking to Degerfors's site.
	await expect(page.locator('main > section.day .occurrence-title a[href^="http"]')).toHaveCount(0);
	const link = section.getByRole('link', { name: 'Boule vid Letälven' }).first();
	await expect(link).toHaveAttribute('href', new RegExp(`^http://${host.degerfors}/aktiviteter/\\d+$`));
	await link.click();
	await expect(page).toHaveURL(new RegExp(`^http://${host.degerfors}/aktiviteter/\\d+`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boule vid Letälven');
	await expect(page.locator('header')).toContainText('Träffpunkt Degerfors');

	// Without JavaScript the same box is a plain GET form field.
	const plain = await browser.newContext({ javaScriptEnabled: false });
	const p2 = await plain.newPage();
	await p2.goto(`http://${host.degerfors}/aktiviteter?q=boule&grannar=1`);
	await expect(p2.getByRole('region', { name: /^I Karlskoga: \d+ tillfällen/ })).toBeVisible();
	await expect(p2.getByLabel(/Visa även grannkommuner \(Karlskoga\)/)).toBeChecked();
	await plain.close();
	await page.close();
});

test('a date cancelled in the neighbour is shown cancelled at once on the page that lists it', async () => {
	const staff = await signIn('degerfors', STAFF.degerfors);
	const d = new Database(files('degerfors'), { readonly: true });
	const date = d.prepare("SELECT o.id, o.event_id AS eventId FROM occurrences o JOIN events e ON e.id = o.event_id WHERE o.cancelled = 0 AND o.starts_at > ? AND e.status = 'published' ORDER BY o.starts_at LIMIT 1").get(Date.now()) as { id: number; eventId: number };
	d.close();
	const listed = () => request('karlskoga', '/aktiviteter?grannar=1').then((r) => r.body);
	const before = await listed();
	expect(before).toContain(`http://${host.degerfors}/aktiviteter/${date.eventId}`);
	const res = await request('degerfors', `/personal/aktiviteter/${date.eventId}?/cancelDate`, { form: { occurrence: String(date.id), note: 'Grannen ställer in' }, cookie: staff });
	expect(res.status).toBe(303);
	// Karlskoga's cached page is dropped with Degerfors's write: the cancellation shows on the next load.
	expect(await listed()).toContain('Grannen ställer in');
});
