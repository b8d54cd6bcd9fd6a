import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { DEMO } from '../support/demo';

const cards = 'li.card.activity';

for (const javaScriptEnabled of [false, true]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('the list shows each activity once, one click from the dates, with counts per activity in the filters', async ({ page }) => {
			await page.goto(`/aktiviteter?kategori=${DEMO.category.slug}`);
			await page.locator('.views').getByRole('link', { name: 'Aktiviteter', exact: true }).click();
			await expect(page).toHaveURL(/visa=aktiviteter/);
			await expect(page.locator('.views').getByRole('link', { name: 'Aktiviteter', exact: true })).toHaveAttribute('aria-current', 'true');
			const status = page.locator('p.result-count');
			await expect(status).toContainText(/\d+ aktivitet(er)? med \d+ tillfällen/);
			const links = await page.locator(`${cards} .activity-title a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(links.length).toBeGreaterThan(3);
			expect(new Set(links).size).toBe(links.length);
			await expect(page.locator(cards).first()).toContainText(/Nästa gång:|Tillfälle:/);

			// The count next to a district is the number of activities that choosing it lists.
			const label = page.locator(`label.check:has(input[name="stadsdel"][value="${DEMO.district.slug}"])`);
			const count = Number(/\((\d+)\)/.exec((await label.textContent()) ?? '')![1]);
			expect(count).toBeGreaterThan(0);
			if ((await page.locator('details.filter-details').getAttribute('open')) === null) await page.locator('details.filter-details > summary').click();
			await label.locator('input').check();
			if (!javaScriptEnabled) await page.getByRole('button', { name: 'Visa aktiviteter' }).click();
			await expect(page).toHaveURL(new RegExp(`stadsdel=${DEMO.district.slug}`));
			await expect(page).toHaveURL(/visa=aktiviteter/);
			await expect(status).toContainText(new RegExp(`^\\s*${count} aktivitet`));
			if (javaScriptEnabled) await expectNoAxeViolations(page);

			// Back to every date.
			await page.locator('.views').getByRole('link', { name: 'Alla datum' }).click();
			await expect(page).toHaveURL(/visa=datum/);
			await expect(status).toContainText(/\d+ tillfällen?/);
			await expect(page.locator('li.card.occurrence').first()).toBeVisible();
		});

		test('a jump to a date lists the dates from that day', async ({ page }) => {
			await page.goto('/aktiviteter?visa=aktiviteter');
			const day = new Date(Date.now() + 9 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
			await page.locator('.jump-box summary').click();
			await page.getByLabel('Gå till datum').fill(day);
			await page.getByRole('button', { name: 'Visa', exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`fran=${day}`));
			await expect(page).toHaveURL(/visa=datum/);
			const first = await page.locator('li.card.occurrence time').first().getAttribute('datetime');
			expect(new Date(first!).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }) >= day).toBe(true);
		});

		test('a search lists activities, title matches first, short words whole; a typo gets "Menade du"', async ({ page }) => {
			await page.goto('/aktiviteter?q=k%C3%B6r');
			const titles = await page.locator(`${cards} .activity-title a`).allTextContents();
			expect(titles.length).toBeGreaterThan(0);
			// "Seniorkören i Karlskoga kyrka" only has seniorkör and körklassiker, never kör alone.
			expect(titles).not.toContain('Seniorkören i Karlskoga kyrka');

			await page.goto('/aktiviteter?q=promenad');
			const ranked = await page.locator(`${cards} .activity-title a`).allTextContents();
			const firstOther = ranked.findIndex((t) => !/promenad/i.test(t));
			expect(firstOther).toBeGreaterThan(0);
			expect(ranked.slice(firstOther).some((t) => /promenad/i.test(t))).toBe(false);

			await page.goto('/aktiviteter?q=stavg%C3%A5mg');
			await expect(page.getByRole('heading', { name: 'Inga aktiviteter matchar dina val' })).toBeVisible();
			const suggestion = page.locator('.suggestion a');
			await expect(suggestion).toHaveText('stavgång');
			if (javaScriptEnabled) await expectNoAxeViolations(page);
			await suggestion.click();
			await expect(page).toHaveURL(/q=stavg%C3%A5ng/);
			await expect(page.locator(cards).first()).toContainText(/stavgång/i);
		});
	});
}
