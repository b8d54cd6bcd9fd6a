import { expect, test } from '@playwright/test';
import { MapPage } from '../pages/map';

test.describe('the map for keyboard and screen-reader users', () => {
	test('district shapes stay out of the Tab order and are links beside the map, with their names drawn on them', async ({ page }) => {
		const map = new MapPage(page);
		await map.goto();
		const shapes = map.map.locator('path.leaflet-interactive');
		expect(await shapes.count()).toBe(12);
		for (const tabindex of await shapes.evaluateAll((ps) => ps.map((p) => p.getAttribute('tabindex')))) expect(tabindex).toBe('-1');
		// Tab from the map box through the markers and controls: never onto a shape.
		await map.map.focus();
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).not.toBe('path');
		}
		await expect(page.getByRole('navigation', { name: 'Stadsdelarna på kartan' }).getByRole('link')).toHaveCount(12);
		// Names are drawn on the shapes (no tiles in tests); those that would overlap give way.
		const labels = map.map.locator('.tp-area-label span');
		await expect(labels).toHaveCount(12);
		expect(await labels.evaluateAll((ls) => ls.filter((l) => getComputedStyle(l.parentElement!).visibility !== 'hidden' && getComputedStyle(l).visibility !== 'hidden').length)).toBeGreaterThan(0);
	});

	test('"Hoppa förbi kartan" jumps past every marker', async ({ page }) => {
		const map = new MapPage(page);
		await map.goto();
		const skip = page.getByRole('link', { name: 'Hoppa förbi kartan' });
		await skip.focus();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		const after = await page.evaluate(() => document.activeElement?.id ?? '');
		expect(after).toMatch(/-after$/);
		await page.keyboard.press('Tab');
		// The next stop is after the map: not a marker, cluster or zoom button.
		expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.map-box')))).toBe(false);
	});

	test('Enter on a cluster zooms in and puts the keyboard on its first place', async ({ page }) => {
		const map = new MapPage(page);
		await map.goto();
		const cluster = map.map.locator('.tp-cluster').first();
		await cluster.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => map.focusedMarkerKind(), { timeout: 5000 }).not.toBeNull();
		// Focus is on a marker or on the smaller cluster that now holds it, inside the map.
		expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.map-box')))).toBe(true);
	});

	test('a district name tooltip closes with Escape; the popup close button is at least 44 px', async ({ page }) => {
		const map = new MapPage(page);
		await map.goto();
		await map.map.scrollIntoViewIfNeeded();
		const box = (await map.map.boundingBox())!;
		// Hover near the bottom of the largest shape (the countryside district, clear of markers and labels).
		const shapes = await map.map.locator('path.leaflet-interactive').evaluateAll((ps) =>
			ps.map((p) => p.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }))
		);
		const s = shapes.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
		await page.mouse.move(s.x + s.width / 2, s.y + s.height * 0.85);
		await expect(page.locator('.leaflet-tooltip')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.locator('.leaflet-tooltip')).toHaveCount(0);
		expect(box.height).toBeGreaterThan(100);

		await map.map.locator('.tp-marker').first().focus();
		await page.keyboard.press('Enter');
		const close = page.locator('.leaflet-popup-close-button');
		await expect(close).toBeVisible();
		const c = (await close.boundingBox())!;
		expect(c.width).toBeGreaterThanOrEqual(44);
		expect(c.height).toBeGreaterThanOrEqual(44);
		await expect(close).toHaveAccessibleName('Stäng rutan');
	});

	test('activities by phone or online are counted under the map and listed on request', async ({ page }) => {
		await new MapPage(page).goto();
		const summary = page.locator('details.remote > summary');
		await expect(summary).toHaveText(/^\+ \d+ aktiviteter? per telefon eller på nätet – visa dem$/);
		const n = Number((await summary.textContent())!.match(/\d+/)![0]);
		await summary.click();
		const links = page.locator('details.remote li a');
		await expect(links).toHaveCount(n);
		await expect(links.first()).toHaveAttribute('href', /^\/aktiviteter\/\d+$/);
	});
});
