import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { DEMO } from '../support/demo';

/**
 * Another site (a municipality's Sitevision page, an association's WordPress) embeds lists and an
 * event with the snippet the generator gives. The host is served from a different origin
 * (localhost against the app's 127.0.0.1, another port): cross-site, as in real life.
 */
const STARTS_WITH_DAY = /^(Idag|Imorgon|Today|Tomorrow|Måndag|Tisdag|Onsdag|Torsdag|Fredag|Lördag|Söndag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/;

let host: http.Server;
let hostUrl = '';
let hostHtml = '';

async function snippetFor(page: Page, query: string) {
	await page.goto(`/inbaddning?${query}`);
	return page.getByLabel('Kod att klistra in').inputValue();
}

test.beforeAll(async ({ browser, baseURL }) => {
	const page = await browser.newPage({ baseURL });
	const first = await snippetFor(page, `stadsdel=${DEMO.district.slug}&antal=3`);
	const second = await snippetFor(page, `kategori=${DEMO.category.slug}&antal=2&lang=en&tema=kontrast&lank=nytt-fonster`);
	await page.goto(`/inbaddning/lista?stadsdel=${DEMO.district.slug}&antal=1`);
	const eventId = (await page.locator('h3 a').first().getAttribute('href'))!.split('/').pop();
	// Pasting the address of the activity's page works as well as its number.
	const event = await snippetFor(page, `typ=aktivitet&aktivitet=${encodeURIComponent(`${baseURL}/aktiviteter/${eventId}/namn`)}&antal=3`);
	expect(event).toContain(`/inbaddning/aktivitet/${eventId}?antal=3"`);
	await page.close();
	hostHtml = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Föreningens sida</title></head><body>
		<main><h1>Föreningens sida</h1>
		<h2>Centrum</h2>${first}
		<h2>Motion</h2>${second}
		<h2>Veckans tips</h2>${event}
		<h2>Inte inbäddningsbar</h2><iframe id="normal" src="${baseURL}/aktiviteter" title="Listan på Träffpunkt"></iframe>
		</main></body></html>`;
	host = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostHtml));
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});

test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

const embeds = (page: Page) => page.locator('iframe[src*="/inbaddning/"]');

test('the generator gives a snippet with a titled frame and the script', async () => {
	expect(hostHtml).toMatch(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/inbaddning\/lista\?stadsdel=centrum&amp;antal=3" title="Aktiviteter: Centrum på Träffpunkt Karlskoga" style="width:100%;height:40em;border:0"><\/iframe>/);
	expect(hostHtml).toContain('/inbaddning.js" async></script>');
});

test('two lists and an event render on another site, with titles, and size themselves with the script', async ({ page }) => {
	await page.goto(hostUrl);
	await expect(embeds(page)).toHaveCount(3);
	const titles = await embeds(page).evaluateAll((frames) => frames.map((f) => f.getAttribute('title')));
	expect(titles[0]).toBe('Aktiviteter: Centrum på Träffpunkt Karlskoga');
	expect(titles[1]).toBe('Activities: Exercise and movement at Träffpunkt Karlskoga');
	expect(titles[2]).toMatch(/ på Träffpunkt Karlskoga$/);

	const centrum = page.frameLocator('iframe[src*="stadsdel=centrum"]');
	await expect(centrum.getByRole('heading', { level: 1, name: 'Aktiviteter: Centrum' })).toBeVisible();
	await expect(centrum.getByRole('heading', { level: 3 })).toHaveCount(3);
	await expect(centrum.getByRole('heading', { level: 2 }).first()).toHaveText(STARTS_WITH_DAY);
	const more = centrum.getByRole('link', { name: /^Visa alla \d+ på Träffpunkt$/ });
	await expect(more).toHaveAttribute('target', '_top');
	await expect(more).toHaveAttribute('href', '/aktiviteter?stadsdel=centrum');

	const motion = page.frameLocator('iframe[src*="kategori=motion"]');
	await expect(motion.locator('html')).toHaveAttribute('lang', 'en');
	await expect(motion.getByRole('heading', { level: 3 })).toHaveCount(2);
	const opens = motion.getByRole('link', { name: /\(opens in a new window\)$/ }).first();
	await expect(opens).toHaveAttribute('target', '_blank');

	const event = page.frameLocator('iframe[src*="/inbaddning/aktivitet/"]');
	await expect(event.getByRole('heading', { level: 2, name: 'Kommande tillfällen' })).toBeVisible();
	await expect(event.getByRole('listitem').first()).toHaveText(STARTS_WITH_DAY);

	// The script replaced the snippet's 40em with each content's own height: no inner scrollbar.
	for (let i = 0; i < 3; i++) {
		const frame = embeds(page).nth(i);
		await expect(frame).toHaveAttribute('data-traffpunkt-sized', '');
		const inner = (await frame.elementHandle())!;
		const doc = (await inner.contentFrame())!;
		const fits = await doc.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1);
		expect(fits, `frame ${i} shows all its content`).toBe(true);
		expect((await frame.boundingBox())!.height).not.toBe(640);
	}
	await expectNoAxeViolations(page);
});

test('a normal page refuses to be framed', async ({ page, baseURL }) => {
	const framed = page.waitForResponse((r) => r.url() === `${baseURL}/aktiviteter`);
	await page.goto(hostUrl);
	const response = await framed;
	expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(response.headers()['x-frame-options']).toBe('DENY');
	const frame = (await (await page.locator('#normal').elementHandle())!.contentFrame())!;
	await expect.poll(() => frame.url()).not.toContain('/aktiviteter');
	expect(await frame.locator('text=Träffpunkt Karlskoga').count()).toBe(0);
});

test('embeds keep working when the host page has no JavaScript: default height, own scroll', async ({ browser }) => {
	const context = await (browser as Browser).newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(hostUrl);
	const centrum = page.frameLocator('iframe[src*="stadsdel=centrum"]');
	await expect(centrum.getByRole('heading', { level: 3 })).toHaveCount(3);
	await expect(page.frameLocator('iframe[src*="/inbaddning/aktivitet/"]').getByRole('heading', { level: 1 })).toBeVisible();
	const box = (await embeds(page).first().boundingBox())!;
	expect(box.height).toBe(640);
	await expect(embeds(page).first()).not.toHaveAttribute('data-traffpunkt-sized', '');
	await context.close();
});

test('embed pages pass axe in both themes, and their own headers allow framing and set no cookies', async ({ page, request }) => {
	for (const path of [
		`/inbaddning/lista?stadsdel=${DEMO.district.slug}&antal=3`,
		`/inbaddning/lista?kategori=${DEMO.category.slug}&tema=kontrast&lank=nytt-fonster&farg=ffff00`,
		'/inbaddning/lista?q=zzzzqqq'
	]) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		await expectNoAxeViolations(page);
	}
	// The primary colour reaches the links (the CSP allows the style attribute); a too light one is darkened.
	await page.goto('/inbaddning/lista?antal=1&farg=003399');
	await expect(page.locator('h3 a')).toHaveCSS('color', 'rgb(0, 51, 153)');
	await page.goto('/inbaddning/lista?antal=1&farg=ffff00');
	const darkened = await page.locator('h3 a').evaluate((a) => getComputedStyle(a).color);
	expect(darkened).not.toBe('rgb(255, 255, 0)');
	// A stale session cookie makes every other page clear it; an embed says nothing about cookies.
	const headers = { Cookie: 'traffpunkt_session=stale; lang=en; textsize=larger' };
	const normal = await request.get('/aktiviteter', { headers });
	expect(normal.headers()['set-cookie']).toBeTruthy();
	for (const path of ['/inbaddning/lista?stadsdel=centrum', '/inbaddning/lista', `/inbaddning/aktivitet/${await firstEventId(request)}`]) {
		const res = await request.get(path, { headers });
		expect(res.status()).toBe(200);
		expect(res.headers()['set-cookie'], path).toBeUndefined();
		expect(res.headers()['content-security-policy']).toContain('frame-ancestors *');
		expect(res.headers()['x-frame-options']).toBeUndefined();
		// The visitor's own language and text size cookies are not the embed's: it keeps the snippet's.
		expect(await res.text()).toContain('<html lang="sv" data-textsize="normal">');
	}
	const generator = await request.get('/inbaddning', { headers });
	expect(generator.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	expect((await request.get('/inbaddning/aktivitet/999999')).status()).toBe(404);
	await page.goto('/inbaddning/aktivitet/999999');
	await expect(page.getByRole('heading', { level: 1, name: 'Aktiviteten finns inte längre.' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Se alla aktiviteter på Träffpunkt Karlskoga' })).toHaveAttribute('target', '_top');
	await expect(page.locator('.site-header')).toHaveCount(0);
	await expectNoAxeViolations(page);
	expect((await request.get('/inbaddning/aktivitet/x;y')).status()).toBe(404);
});

async function firstEventId(request: import('@playwright/test').APIRequestContext) {
	const html = await (await request.get('/inbaddning/lista?antal=1')).text();
	return /href="\/aktiviteter\/(\d+)"/.exec(html)![1];
}

for (const width of [1280, 390]) {
	test(`the generator page passes axe at ${width} px, and a too light colour is darkened`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/inbaddning?stadsdel=centrum&farg=ffff00');
		await expect(page.getByText(/Färgen var för ljus mot vit bakgrund och har gjorts mörkare: #[0-9a-f]{6}\./)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Kopiera koden' })).toBeVisible();
		await expectNoAxeViolations(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
	});
}

test('the generator previews each choice at once with JavaScript, and with the button without it', async ({ page, browser, baseURL }) => {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/inbaddning');
	await page.getByLabel('Stadsdel').selectOption(DEMO.district.slug);
	await expect(page.locator('iframe.preview')).toHaveAttribute('src', `/inbaddning/lista?stadsdel=${DEMO.district.slug}`);
	await page.getByLabel('Hög kontrast (vit text på svart)').check();
	await expect(page.getByLabel('Kod att klistra in')).toHaveValue(/stadsdel=centrum&amp;tema=kontrast/);
	await expect(page.frameLocator('iframe.preview').getByRole('heading', { level: 1, name: 'Aktiviteter: Centrum' })).toBeVisible();
	await page.getByRole('button', { name: 'Kopiera koden' }).click();
	await expect(page.getByRole('status')).toHaveText('Koden är kopierad.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByLabel('Kod att klistra in').inputValue());

	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const plain = await context.newPage();
	await plain.goto('/inbaddning?typ=aktivitet&aktivitet=abc');
	await expect(plain.getByText('Vi hittar ingen publicerad aktivitet med det numret.', { exact: false })).toBeVisible();
	await expect(plain.getByLabel('Kod att klistra in')).toHaveCount(0);
	await plain.goto('/inbaddning');
	await expect(plain.getByRole('button', { name: 'Kopiera koden' })).toHaveCount(0);
	await plain.getByLabel('Stadsdel').selectOption(DEMO.district.slug);
	await plain.getByRole('button', { name: 'Visa förhandsvisning' }).click();
	await expect(plain.locator('iframe.preview')).toHaveAttribute('src', `/inbaddning/lista?stadsdel=${DEMO.district.slug}`);
	await context.close();
});

test('choosing in the generator adds no steps to Back: one Back leaves it', async ({ page }) => {
	await page.goto('/platser');
	await page.goto('/inbaddning');
	await page.waitForFunction(() => history.scrollRestoration === 'manual');
	await page.getByLabel('Stadsdel').selectOption(DEMO.district.slug);
	await expect(page.locator('iframe.preview')).toHaveAttribute('src', `/inbaddning/lista?stadsdel=${DEMO.district.slug}`);
	await page.getByLabel('Hög kontrast (vit text på svart)').check();
	await expect(page.frameLocator('iframe.preview').getByRole('heading', { level: 1, name: 'Aktiviteter: Centrum' })).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(/\/platser$/);
});
