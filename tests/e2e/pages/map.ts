import { expect, type Locator, type Page } from '@playwright/test';

/** /karta: the Leaflet map (clustered markers) and the same places as cards below it. */
export class MapPage {
	readonly map: Locator;
	readonly status: Locator;
	readonly venueCards: Locator;

	constructor(readonly page: Page) {
		this.map = page.locator('.map-box');
		this.status = page.locator('main p[role="status"]').last();
		this.venueCards = page.locator('ul.venue-list > li');
	}

	async goto(query = '') {
		const response = await this.page.goto(`/karta${query ? `?${query}` : ''}`);
		expect(response?.status()).toBe(200);
		await expect(this.map).toHaveAttribute('data-ready', 'true');
	}

	async markerCount(): Promise<number> {
		return Number(await this.map.getAttribute('data-marker-count'));
	}

	/** Places the map shows: standalone markers plus the numbers on the clusters. */
	async placesDrawn(): Promise<number> {
		return this.map.evaluate((el) => {
			const single = el.querySelectorAll('.leaflet-marker-icon.tp-marker').length;
			const clustered = [...el.querySelectorAll('.leaflet-marker-icon.tp-cluster .cluster-inner')].reduce(
				(sum, c) => sum + Number(c.textContent),
				0
			);
			return single + clustered;
		});
	}

	/** Venue slugs of the cards listed below the map. */
	async cardSlugs(): Promise<string[]> {
		return this.venueCards
			.locator('h3 a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace('/platser/', '')));
	}

	/** What has keyboard focus inside the map: 'marker', 'cluster', or null. */
	async focusedMarkerKind(): Promise<'marker' | 'cluster' | null> {
		return this.page.evaluate(() => {
			const el = document.activeElement;
			if (!el?.classList.contains('leaflet-marker-icon')) return null;
			return el.classList.contains('tp-cluster') ? 'cluster' : 'marker';
		});
	}
}
