import { expect, test, type Page } from '@playwright/test';

/** Pages of a PDF printed the way a visitor's browser prints to A4. */
async function printedPages(page: Page): Promise<number> {
	const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })).toString('latin1');
	return (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test.describe('printing', () => {
	test('an event page prints on one A4 page with a QR code and without link labels', async ({ page, request }) => {
		// A sample of events: weekly series, one-off outings with a gathering place, long descriptions.
		const list = (await (await request.get('/api/v1/aktiviteter?sida=1')).json()) as { items: { eventId: number }[] };
		const outing = (await (await request.get('/api/v1/aktiviteter?q=utflykt')).json()) as { items: { eventId: number }[] };
		const ids = [...new Set([...list.items.map((i) => i.eventId), ...outing.items.map((i) => i.eventId)])].slice(0, 14);
		expect(ids.length).toBeGreaterThan(5);
		for (const id of ids) {
			await page.goto(`/aktiviteter/${id}`);
			expect(await printedPages(page), `/aktiviteter/${id}`).toBe(1);
		}
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.qr svg')).toBeVisible();
		await expect(page.locator('p.web')).toContainText(`/aktiviteter/${ids.at(-1)}`);
		for (const label of ['Lägg till i din kalender', 'Vägbeskrivning', 'Visa kartan']) await expect(page.getByText(label, { exact: true })).toBeHidden();
		// Paper is read on other days: no "Idag" or "Imorgon" on it, only the dates themselves.
		await page.goto('/aktiviteter?nar=imorgon');
		const tomorrow = await page.locator('.card a[href^="/aktiviteter/"]').first().getAttribute('href');
		await page.goto(tomorrow!);
		await page.emulateMedia({ media: 'screen' });
		expect(await page.locator('.dates .date').first().innerText()).toMatch(/^Imorgon, [a-zåäö]+dag \d+ /);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.dates .date').first().innerText()).toMatch(/^[A-ZÅÄÖ][a-zåäö]+dag \d+ /);
		expect(await page.locator('main').innerText()).not.toMatch(/Imorgon|Idag/);
	});

	test('the weekly programme of a district prints on one A4 sheet, this week and next', async ({ page }) => {
		for (const week of ['', '&vecka=' + new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)]) {
			await page.goto(`/program?stadsdel=bregarden${week}`);
			await expect(page.locator('.day').first()).toBeVisible();
			expect(await printedPages(page), `bregarden ${week || 'this week'}`).toBe(1);
		}
		await page.emulateMedia({ media: 'print' });
		// The number to call after every "Anmälan krävs", each venue's address once, a QR code, no week links.
		const signups = await page.locator('.day .icons .signup').allTextContents();
		expect(signups.length).toBeGreaterThan(0);
		for (const s of signups) expect(s.trim()).toMatch(/^Anmälan krävs, ring [\d -]+$/);
		const venues = await page.locator('.places li strong').allTextContents();
		expect(new Set(venues).size).toBe(venues.length);
		expect(venues.length).toBeGreaterThan(1);
		await expect(page.locator('.qr svg')).toBeVisible();
		await expect(page.getByRole('link', { name: /Nästa vecka/ })).toBeHidden();
	});

	test('closures are printed at the top of the sheet', async ({ page }) => {
		// Every demo meeting point closes between Christmas and New Year.
		const year = new Date().getFullYear();
		await page.goto(`/program?stadsdel=bregarden&vecka=${year}-12-28`);
		const closures = page.locator('section.closures');
		await expect(closures).toContainText('Träffpunkt Bregården');
		await expect(closures).toContainText('Stängt');
		const top = (await closures.boundingBox())!.y;
		const firstDay = await page.locator('.day').first().boundingBox();
		if (firstDay) expect(top).toBeLessThan(firstDay.y);
	});
});
