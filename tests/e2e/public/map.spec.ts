import { expect, test, type APIRequestContext } from '@playwright/test';
import { MapPage } from '../pages/map';
import { ActivitiesPage } from '../pages/activities';
import { DEMO } from '../support/demo';

/** Distinct venues of every date the list holds for `query`, paging through the open API. */
async function venuesInList(request: APIRequestContext, query: string) {
	const slugs = new Set<string>();
	let total = 0;
	for (let page = 1, pageCount = 1; page <= pageCount; page++) {
		const res = await request.get(`/api/v1/aktiviteter?${query}&sida=${page}`);
		expect(res.status()).toBe(200);
		const body = (await res.json()) as { total: number; pageCount: number; items: { venue: { slug: string } | null }[] };
		expect(pageCount, 'a bounded number of pages').toBeLessThan(60);
		pageCount = body.pageCount;
		total = body.total;
		for (const item of body.items) if (item.venue) slugs.add(item.venue.slug);
	}
	return { slugs: [...slugs].sort(), total };
}

const FILTERS = [
	`kategori=${DEMO.category.slug}&gratis=1`,
	`stadsdel=${DEMO.district.slug}&utan-anmalan=1`,
	'tillganglighet=rullstol&tid=fm'
];

for (const query of FILTERS) {
	test(`the map shows the same places as the list for ?${query}`, async ({ page, request }) => {
		const list = await venuesInList(request, query);
		expect(list.total, 'the demo data has dates for these filters').toBeGreaterThan(0);

		// The list page holds the same dates as the API for the same query.
		const activities = new ActivitiesPage(page);
		await activities.goto(query);
		expect(await activities.total()).toBe(list.total);

		// The open API's venue list with the same filters agrees.
		const api = (await (await request.get(`/api/v1/platser?${query}`)).json()) as { items: { slug: string }[] };
		expect(api.items.map((v) => v.slug).sort()).toEqual(list.slugs);

		const map = new MapPage(page);
		await map.goto(query);
		expect(await map.markerCount()).toBe(list.slugs.length);
		expect(await map.placesDrawn()).toBe(list.slugs.length);
		await expect(map.venueCards).toHaveCount(list.slugs.length);
		expect((await map.cardSlugs()).sort()).toEqual(list.slugs);
		await expect(map.status).toHaveText(list.slugs.length === 1 ? '1 plats' : `${list.slugs.length} platser`);
		// The map's filters are kept on the way back to the list.
		const back = new URL((await page.getByRole('link', { name: 'Visa som lista' }).getAttribute('href'))!, page.url());
		expect(back.pathname).toBe('/aktiviteter');
		expect([...back.searchParams].sort()).toEqual([...new URLSearchParams(query)].sort());
	});
}

const VIEWPORTS = [
	{ width: 1280, height: 720 },
	{ width: 390, height: 844 }
];

for (const viewport of VIEWPORTS) {
	test.describe(`${viewport.width} px wide`, () => {
		test.use({ viewport });
		test('map markers are reachable with Tab and Enter opens a popup that links to the place', async ({ page }) => {
			const map = new MapPage(page);
			await map.goto();
			const total = await map.markerCount();
			expect(total).toBeGreaterThan(1);
			await expect(map.map.locator('.leaflet-marker-icon').first()).toHaveAttribute('role', 'button');

			// Tab from the top of the page. Clusters are keyboard operable too: Enter zooms in to them.
			await page.locator('body').focus();
			let found = false;
			let zoomedIntoCluster = false;
			let clusterNamed = false;
			for (let presses = 0; presses < 120 && !found; presses++) {
				await page.keyboard.press('Tab');
				const kind = await map.focusedMarkerKind();
				if (kind === 'marker') found = true;
				else if (kind === 'cluster' && !clusterNamed) {
					// Said once, with what Enter does: "16 platser, tryck för att zooma in".
					await expect(page.locator('.tp-cluster:focus')).toHaveAccessibleName(/^\d+ platser, tryck för att zooma in$/);
					clusterNamed = true;
				}
				if (kind === 'cluster' && !zoomedIntoCluster && (await map.map.locator('.tp-marker').count()) === 0) {
					const before = await map.map.locator('.leaflet-marker-icon').count();
					await page.keyboard.press('Enter');
					await expect.poll(() => map.map.locator('.tp-marker').count()).toBeGreaterThan(0);
					expect(await map.map.locator('.leaflet-marker-icon').count()).not.toBe(before);
					zoomedIntoCluster = true;
					await page.locator('.map-box').focus();
				}
			}
			expect(found, 'a place marker got keyboard focus within 120 Tab presses').toBe(true);
			test.info().annotations.push({ type: 'path', description: zoomedIntoCluster ? 'via a cluster' : 'direct' });

			const name = (await page.locator('.leaflet-marker-icon.tp-marker:focus').getAttribute('title'))!;
			const marker = map.map.locator(`.leaflet-marker-icon.tp-marker[title="${name}"]`);
			expect(name).not.toBe('');
			await expect(marker).toHaveAttribute('aria-label', name);
			await expect(page.locator('.leaflet-popup')).toHaveCount(0);

			await page.keyboard.press('Enter');
			const popup = page.locator('.leaflet-popup');
			await expect(popup).toBeVisible();
			const link = popup.getByRole('link', { name, exact: true });
			await expect(link).toHaveAttribute('href', /^\/platser\/[a-z0-9-]+$/);
			await expect(popup.getByRole('link', { name: 'Visa aktiviteterna här' })).toHaveAttribute(
				'href',
				/^\/aktiviteter\?plats=[a-z0-9-]+$/
			);

			// Focus moves into the popup, Escape closes it and returns to the marker.
			await expect(link).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(popup).toHaveCount(0);
			await expect(marker).toBeFocused();

			// Open it again and follow the link with the keyboard.
			await page.keyboard.press('Enter');
			await expect(link).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/\/platser\/[a-z0-9-]+$/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		});
	});
}
