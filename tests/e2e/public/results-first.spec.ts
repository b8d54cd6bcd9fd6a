import { expect, test } from '@playwright/test';
import { ActivitiesPage } from '../pages/activities';
import { DEMO } from '../support/demo';

const CHOSEN = `stadsdel=${DEMO.district.slug}&kategori=${DEMO.category.slug}`;

test.describe('without JavaScript on a phone', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

	test('chosen filters come first as removable buttons, the panel folded, the first result near the top', async ({ page }) => {
		const list = new ActivitiesPage(page);
		await list.goto(CHOSEN);
		await expect(list.filterPanel).not.toHaveAttribute('open', '');
		await expect(list.chip(DEMO.district.name)).toHaveAccessibleName(`Ta bort Stadsdel: ${DEMO.district.name}`);
		await expect(list.chip(DEMO.category.name)).toBeVisible();
		// The buttons sit above the count, and the first result starts within about one screen (it was five).
		const chipBox = (await list.chip(DEMO.district.name).boundingBox())!;
		const countBox = (await list.resultCount.boundingBox())!;
		expect(chipBox.y).toBeLessThan(countBox.y);
		const first = (await list.items.first().boundingBox())!;
		expect(first.y, 'first result, px from the top of the page').toBeLessThan(844 * 1.2);

		// Removing one choice keeps the other.
		await list.chip(DEMO.district.name).click();
		await expect(page).toHaveURL(`/aktiviteter?kategori=${DEMO.category.slug}`);
		await expect(list.chip(DEMO.district.name)).toHaveCount(0);
		await expect(list.chip(DEMO.category.name)).toBeVisible();
		await page.getByRole('link', { name: 'Rensa alla val' }).click();
		await expect(page).toHaveURL('/aktiviteter');
		await expect(list.selected).toHaveCount(0);
	});

	test('each group folds on a phone; the one with a choice arrives open', async ({ page }) => {
		const list = new ActivitiesPage(page);
		await list.goto(CHOSEN);
		await list.openFilters();
		await expect(list.checkbox('stadsdel', DEMO.district.slug)).toBeVisible();
		await expect(list.checkbox('dag', 'man')).toBeHidden();
		const weekday = list.filterPanel.locator('details.group > summary', { hasText: 'Veckodag' });
		await expect(weekday).toBeVisible();
		await weekday.click();
		await expect(list.checkbox('dag', 'man')).toBeVisible();
		// The summary of a group with a choice says how many.
		await expect(list.filterPanel.locator('details.group > summary', { hasText: 'Stadsdel' })).toContainText('1 vald');
	});

	test('with no results the panel opens, so that a choice can be changed at once', async ({ page }) => {
		const list = new ActivitiesPage(page);
		await list.goto('q=zzzzqqq&gratis=1');
		await expect(list.filterPanel).toHaveAttribute('open', '');
		await expect(list.chip('Bara gratis')).toBeVisible();
	});
});

test.describe('without JavaScript on a wide screen', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

	test('every group shows at once, without toggles', async ({ page }) => {
		const list = new ActivitiesPage(page);
		await list.goto(CHOSEN);
		await list.openFilters();
		for (const [name, value] of [['stadsdel', DEMO.district.slug], ['dag', 'man'], ['malgrupp', 'anhoriga']] as const)
			await expect(list.checkbox(name, value)).toBeVisible();
		await expect(list.filterPanel.locator('details.group > summary').first()).toBeHidden();
	});
});

test.describe('with JavaScript', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	// Start URLs have their parameters in an order the page never produces itself, so that no client-side
	// data request below asks for a URL the response cache already holds as a page (issue 12, item 1).

	test('removing a choice stays on the page and keeps the keyboard on the next choice', async ({ page }) => {
		const list = new ActivitiesPage(page);
		await list.goto(`gratis=1&kategori=${DEMO.category.slug}&stadsdel=${DEMO.district.slug}`);
		await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
		await list.chip(DEMO.district.name).focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(`/aktiviteter?kategori=${DEMO.category.slug}&gratis=1`);
		await expect(list.chip(DEMO.district.name)).toHaveCount(0);
		await expect(list.chip(DEMO.category.name)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/aktiviteter?gratis=1');
		await expect(list.chip('Bara gratis')).toBeFocused();
		expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
	});

	test('"Visa aktiviteter" after ticking choices folds the panel and brings the results, with the focus on them', async ({ page }) => {
		const list = new ActivitiesPage(page);
		await list.goto(`tid=em&kategori=${DEMO.category.slug}`);
		await list.openFilters();
		await list.openGroup('dag');
		await list.checkbox('dag', 'man').check();
		await expect(page).toHaveURL(/dag=man/);
		// The tick applied in place: the panel is still open under the visitor's hand.
		await expect(list.filterPanel).toHaveAttribute('open', '');
		await page.getByRole('button', { name: 'Visa aktiviteter' }).click();
		await expect(list.filterPanel).not.toHaveAttribute('open', '');
		await expect(page.locator('#resultat')).toBeFocused();
		await expect(page.locator('#resultat')).toBeInViewport();
	});

	test('a panel and group opened by hand stay open while choices change the results', async ({ page }) => {
		const list = new ActivitiesPage(page);
		await list.goto(`tid=em&kategori=${DEMO.category.slug}&stadsdel=${DEMO.district.slug}`);
		await list.openFilters();
		await list.openGroup('dag');
		const monday = list.checkbox('dag', 'man');
		await monday.check();
		await expect(page).toHaveURL(/dag=man/);
		await expect(monday).toBeFocused();
		await expect(list.filterPanel).toHaveAttribute('open', '');
		await monday.uncheck();
		await expect(page).not.toHaveURL(/dag=man/);
		await expect(monday).toBeVisible();
		await expect(monday).toBeFocused();
	});
});
