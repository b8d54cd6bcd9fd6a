import { expect, type Page } from '@playwright/test';

/** Waits until every Leaflet map on the page has finished setting up (LeafletMap sets data-ready). */
export async function waitForMaps(page: Page) {
	const maps = page.locator('.map-box');
	const n = await maps.count();
	for (let i = 0; i < n; i++) await expect(maps.nth(i)).toHaveAttribute('data-ready', 'true');
}
