import { expect, test } from '@playwright/test';
import { BASE_URL, dbGet } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

/**
 * The easy-read section: /lattlast (easy-read Swedish, one sentence a line) linked from the header
 * in every language, and a lättläst page for each activity with an easy-read text, reached from the
 * activity's page. Everything works without JavaScript.
 */
function easyReadEvent() {
	return dbGet<{ id: number; title: string; easyRead: string }>(
		`SELECT e.id, r.title, r.easy_read AS easyRead FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
		 WHERE e.status = 'published' AND coalesce(trim(r.easy_read), '') <> '' ORDER BY e.id LIMIT 1`
	)!;
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const lang of ['sv', 'fi', 'en']) {
		test(`the header links to Lättläst in the ${lang} interface`, async ({ page }) => {
			await page.context().addCookies([{ name: 'lang', value: lang, url: BASE_URL }]);
			await page.goto('/stadsdelar');
			const link = page.getByRole('link', { name: 'Lättläst', exact: true });
			await expect(link).toHaveAttribute('lang', 'sv');
			await link.click();
			await expect(page).toHaveURL(/\/lattlast$/);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('.easy-read')).toHaveAttribute('lang', 'sv');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lättläst');
		});
	}

	test('the section says one thing a sentence, one sentence a line, and lists the easy-read activities', async ({ page }) => {
		await page.goto('/lattlast');
		const lines = page.locator('.easy-read .lines > span');
		expect(await lines.count()).toBeGreaterThan(15);
		for (const text of await lines.allTextContents()) {
			expect(text.trim(), 'one sentence a line').toMatch(/^[^.!?]+[.!?]$|^Telefon: [+\d\s-]+\.$/);
			expect(text.split(/\s+/).length, `a short sentence: ${text}`).toBeLessThanOrEqual(14);
			expect(await lines.first().evaluate((el) => getComputedStyle(el).display)).toBe('block');
		}
		await expect(page.getByRole('heading', { level: 2, name: 'Så anmäler du dig' })).toBeVisible();
		// The number is one tap to call, and never breaks inside.
		const tel = page.locator('.easy-read .lines a[href^="tel:"]');
		await expect(tel).toHaveCount(1);
		expect(await tel.evaluate((el) => [getComputedStyle(el).whiteSpace, el.getBoundingClientRect().height >= 44])).toEqual(['nowrap', true]);
		const ev = easyReadEvent();
		await expect(page.locator(`.easy-list a[href="/lattlast/${ev.id}"]`)).toHaveText(ev.title);
	});

	test('an activity page links to its easy-read page, which gives the text line by line and the practical facts', async ({ page }) => {
		const ev = easyReadEvent();
		await page.goto(`/aktiviteter/${ev.id}`);
		await page.getByRole('link', { name: 'Läs på lätt svenska' }).click();
		await expect(page).toHaveURL(new RegExp(`/lattlast/${ev.id}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ev.title);
		const first = ev.easyRead.split(/(?<=[.!?])\s+/)[0];
		await expect(page.locator('.lines > span').first()).toHaveText(first);
		await expect(page.getByText(/^(Nästa gång är .+\.|Det finns inga fler tillfällen just nu\.)$/)).toBeVisible();
		await expect(page.getByText(/^Du behöver (inte )?anmäla dig\.$/).last()).toBeVisible();
		await page.getByRole('link', { name: 'Läs mer om aktiviteten' }).click();
		await expect(page).toHaveURL(new RegExp(`/aktiviteter/${ev.id}$`));
	});

	test('an activity without an easy-read text has no easy-read page', async ({ page }) => {
		const without = dbGet<{ id: number }>(
			`SELECT e.id FROM events e JOIN event_revisions r ON r.id = e.published_revision_id WHERE e.status = 'published' AND coalesce(trim(r.easy_read), '') = '' LIMIT 1`
		)!;
		const response = await page.goto(`/lattlast/${without.id}`);
		expect(response?.status()).toBe(404);
	});
});

for (const width of [1280, 390]) {
	test(`axe finds nothing on the easy-read pages at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/lattlast');
		await expectNoAxeViolations(page);
		await page.goto(`/lattlast/${easyReadEvent().id}`);
		await expectNoAxeViolations(page);
	});
}
