import { expect, test, type Browser } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { portAt, startApp, tempDir, type App } from '../support/servers';

/**
 * Personal pages stay out of every cache (after signing out, Back must not show a sign-up list),
 * and the district boundary upload takes the 2 MB the page promises. On a server of this spec's
 * own, so that its sign-ups and boundaries do not touch the other tests' data.
 */
test.describe.configure({ mode: 'serial' });
let app: App;
let dbFile: string;
const PASSWORD = 'traffpunkt-demo';

test.beforeAll(async () => {
	test.setTimeout(120_000);
	dbFile = join(tempDir('personal'), 'app.db');
	app = await startApp(portAt(41), { DEMO_DATA: '1', DATABASE_URL: dbFile, ORIGIN: `http://127.0.0.1:${portAt(41)}`, OUTBOX_DIR: join(dbFile, '..', 'outbox') });
});
test.afterAll(async () => app?.stop());

async function signedIn(browser: Browser, email: string) {
	const context = await browser.newContext({ baseURL: app.url, locale: 'sv-SE' });
	const res = await context.request.post('/konto/logga-in', { form: { email, password: PASSWORD }, headers: { Origin: app.url, Accept: 'text/html' }, maxRedirects: 0 });
	expect(res.status()).toBe(303);
	return context;
}

function signupSlot() {
	const db = new Database(dbFile, { readonly: true });
	const row = db
		.prepare(
			`SELECT e.id AS eventId, o.id AS occurrenceId FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
			 JOIN occurrences o ON o.event_id = e.id AND o.starts_at > ? + 3 * 86400000 AND o.cancelled = 0
			 WHERE e.status = 'published' AND r.signup_online = 1 ORDER BY o.starts_at LIMIT 1`
		)
		.get(Date.now()) as { eventId: number; occurrenceId: number };
	db.close();
	return row;
}

test('no-store on signed-in and personal pages; after signing out, Back shows no names', async ({ browser }) => {
	const slot = signupSlot();
	const name = 'Greta Personuppgiftsson';
	const anonymous = await browser.newContext({ baseURL: app.url });
	const form = await anonymous.request.post(`/aktiviteter/${slot.eventId}/anmalan/${slot.occurrenceId}`, {
		form: { name, phone: '0586-111 22', email: '', people: '1', message: '' },
		headers: { Origin: app.url, Accept: 'text/html' }
	});
	expect(form.status()).toBe(200);
	expect(form.headers()['cache-control'], 'the answer holds a cancel link').toBe('no-store');
	const cancel = /\/anmalan\/avboka\/[A-Za-z0-9_-]+/.exec(await form.text())![0];
	for (const path of [cancel, '/konto/logga-in', '/konto/glomt-losenord']) expect((await anonymous.request.get(path)).headers()['cache-control'], path).toBe('no-store');
	const publicPage = await anonymous.request.get('/aktiviteter');
	expect(publicPage.headers()['cache-control'] ?? '').not.toContain('no-store');

	const staff = await signedIn(browser, 'personal@demo.invalid');
	const page = await staff.newPage();
	const list = `/personal/anmalningar/${slot.occurrenceId}`;
	const res = await page.goto(list);
	expect(res!.headers()['cache-control']).toBe('no-store');
	await expect(page.getByText(name).first()).toBeVisible();
	for (const path of ['/personal/granskning', '/konto/mitt-konto', `${list}/__data.json`, '/aktiviteter']) {
		const r = await staff.request.get(path);
		expect(r.headers()['cache-control'], `${path} signed in`).toBe('no-store');
	}
	await page.getByRole('button', { name: /^Logga ut/ }).first().click();
	await expect(page).toHaveURL(`${app.url}/`);
	await page.goBack();
	await expect(page).toHaveURL(/\/konto\/logga-in/);
	await expect(page.getByText(name)).toHaveCount(0);
	await anonymous.close();
	await staff.close();
});

test('a district boundary of almost 2 MB can be uploaded', async ({ browser }) => {
	test.setTimeout(60_000);
	const staff = await signedIn(browser, 'personal@demo.invalid');
	const db = new Database(dbFile, { readonly: true });
	const district = db.prepare('SELECT id, residents_65_plus AS residents FROM districts ORDER BY id LIMIT 1').get() as { id: number; residents: number };
	db.close();
	// A ring of many points around Karlskoga, padded out to just under the limit.
	const ring: number[][] = [];
	const n = 40_000;
	for (let i = 0; i < n; i++) ring.push([+(14.52 + 0.03 * Math.cos((2 * Math.PI * i) / n)).toFixed(7), +(59.33 + 0.015 * Math.sin((2 * Math.PI * i) / n)).toFixed(7)]);
	ring.push(ring[0]);
	let text = JSON.stringify({ type: 'Feature', properties: { name: 'Test' }, geometry: { type: 'Polygon', coordinates: [ring] } });
	text = text.replace('"name":"Test"', `"name":"Test","note":"${'x'.repeat(Math.max(0, 1_990_000 - text.length))}"`);
	expect(text.length).toBeGreaterThan(1_900_000);
	expect(text.length).toBeLessThanOrEqual(2_000_000);
	// Upload: a preview, nothing saved; then "Spara" posts the boundary back (multipart, as the preview's form does).
	const preview = await staff.request.post('/personal/stadsdelar?/upload', {
		multipart: { id: String(district.id), residents: String(district.residents), boundary: { name: 'grans.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(text) } },
		headers: { Origin: app.url, Accept: 'text/html' }
	});
	expect(preview.status()).toBe(200);
	expect(await preview.text()).toContain('Förhandsgranska ny gräns');
	const res = await staff.request.post('/personal/stadsdelar?/save', {
		multipart: { id: String(district.id), residents: String(district.residents), geometry: text },
		headers: { Origin: app.url, Accept: 'text/html' }
	});
	expect(res.status()).toBe(200);
	expect(await res.text()).toContain('Sparat');
	const stored = new Database(dbFile, { readonly: true }).prepare('SELECT length(boundary) AS n FROM districts WHERE id = ?').get(district.id) as { n: number };
	expect(stored.n).toBeGreaterThan(800_000);
	await staff.close();
});
