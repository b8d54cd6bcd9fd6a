import { expect, test } from '@playwright/test';
import { ready } from '../pages/backoffice';

/**
 * The response cache keeps SvelteKit's data answers (`…/__data.json`) and pages apart: SvelteKit
 * strips `/__data.json` from `event.url` before hooks run, so a key built from it alone mixed them.
 */
test('a page after its data request is HTML, and a data request after its page is JSON', async ({ request }) => {
	const dataFirst = await request.get('/stadsdelar/__data.json?x-sveltekit-invalidated=01');
	expect(dataFirst.headers()['content-type']).toContain('application/json');
	const page = await request.get('/stadsdelar');
	expect(page.headers()['content-type']).toContain('text/html');
	expect(await page.text()).toContain('<h1');

	const pageFirst = await request.get('/platser');
	expect(pageFirst.headers()['content-type']).toContain('text/html');
	const data = await request.get('/platser/__data.json?x-sveltekit-invalidated=01');
	expect(data.headers()['content-type']).toContain('application/json');
	expect((await data.json()) as { type: string }).toMatchObject({ type: 'data' });
});

test('client-side navigation gets data after a visitor without JavaScript loaded the page, and the other way round', async ({ browser }) => {
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const js = await browser.newContext();
	const plain = await noJs.newPage();
	const app = await js.newPage();

	// 1. A page load fills the cache; a client navigation to the same URL must still get data, not HTML.
	await plain.goto('/stadsdelar');
	await expect(plain.getByRole('heading', { level: 1 })).toBeVisible();
	await app.goto('/');
	// A click before hydration is an ordinary link: a full load, which is not what this test is about.
	await ready(app);
	await app.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
	await app.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Stadsdelar' }).click();
	await expect(app).toHaveURL(/\/stadsdelar$/);
	await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await app.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage), 'navigated without a full reload').toBe(true);

	// 2. A client navigation fills the cache with data; a page load of that URL must get the page.
	await app.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Platser' }).click();
	await expect(app).toHaveURL(/\/platser$/);
	const res = await plain.goto('/platser');
	expect(res!.headers()['content-type']).toContain('text/html');
	await expect(plain.getByRole('heading', { level: 1 })).toBeVisible();
	await noJs.close();
	await js.close();
});

test('unknown query parameters do not make new cache entries, and known ones still count', async ({ request }) => {
	// Pages forgive junk parameters: one entry for both.
	const a = await (await request.get('/aktiviteter?stadsdel=centrum&x=1')).text();
	const b = await (await request.get('/aktiviteter?stadsdel=centrum&x=2')).text();
	expect(b).toBe(a);
	const other = await (await request.get('/aktiviteter?stadsdel=sanna&x=1')).text();
	expect(other).not.toBe(a);
	// Parameters the places page reads are part of the key: sorted near a place is another answer.
	const near = await (await request.get('/platser?nara=traffpunkt-centrum-kulturhuset')).text();
	expect(near).not.toBe(await (await request.get('/platser')).text());
	// Embeds key on their own options too: another length or language is another answer.
	const two = await (await request.get('/inbaddning/lista?antal=2')).text();
	expect(await (await request.get('/inbaddning/lista?antal=3')).text()).not.toBe(two);
	expect(await (await request.get('/inbaddning/lista?antal=2&lang=en')).text()).toContain('<html lang="en"');
	expect(await (await request.get('/inbaddning/lista?antal=2&x=1')).text()).toBe(two);
	// The feeds refuse junk instead (400, never cached), and their own parameters count.
	expect((await request.get('/rss.xml?stadsdel=centrum&x=1')).status()).toBe(400);
	const week = await (await request.get('/api/v1/aktiviteter?per-sida=5')).json();
	const more = await (await request.get('/api/v1/aktiviteter?per-sida=6')).json();
	expect([week.items.length, more.items.length]).toEqual([5, 6]);
});
