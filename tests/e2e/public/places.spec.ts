import { expect, test } from '@playwright/test';
import { DEMO } from '../support/demo';

test.use({ javaScriptEnabled: false });

const STATUS = /^(Öppet nu – stänger \d\d:\d\d|Stängt nu – öppnar (idag|imorgon|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)( \d{1,2} \p{L}+)? \d\d:\d\d|Stängt nu)$/u;

test('/platser lists the places by district and filters them by kind', async ({ page }) => {
	await page.goto('/platser');
	const districts = page.locator('main section > h2');
	expect(await districts.count()).toBeGreaterThan(5);
	await expect(page.locator('#resultat')).toHaveText('37 platser');
	await page.getByLabel('Visa', { exact: true }).selectOption('traffpunkt');
	await page.getByRole('button', { name: 'Visa platserna' }).click();
	await expect(page).toHaveURL('/platser?typ=traffpunkt');
	await expect(page.locator('#resultat')).toHaveText('5 platser');
	// Every meeting point says whether it is open now, or when it opens.
	const statuses = await page.locator('ul.venue-cards .status').allTextContents();
	expect(statuses).toHaveLength(5);
	for (const s of statuses) expect(s.trim()).toMatch(STATUS);
});

test('a meeting point page says whether it is open now', async ({ page }) => {
	await page.goto(`/platser/${DEMO.meetingPoint.slug}`);
	await expect(page.locator('main .status')).toHaveText(STATUS);
});

test.describe('with JavaScript', () => {
	test.use({ javaScriptEnabled: true });

	test('after Back the lists show the earlier choice again, also "Närmast"', async ({ page }) => {
		await page.goto('/platser');
		await page.waitForFunction(() => history.scrollRestoration === 'manual');
		await page.getByLabel('Visa', { exact: true }).selectOption('traffpunkt');
		const near = page.locator('#nara');
		const first = await near.locator('option').nth(1).getAttribute('value');
		await near.selectOption(first!);
		await page.getByRole('button', { name: 'Visa platserna' }).click();
		await expect(page).toHaveURL(new RegExp(`nara=${first}`));
		await page.goBack();
		await expect(page).toHaveURL(/\/platser$/);
		await expect(page.locator('#resultat')).toHaveText('37 platser');
		await expect(page.locator('#typ')).toHaveValue('');
		await expect(near).toHaveValue('');
	});
});
