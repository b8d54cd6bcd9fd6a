import { expect, test } from '@playwright/test';
import { DEMO } from '../support/demo';

test.describe('start page', () => {
	test.use({ javaScriptEnabled: false });

	test('shows today, or tomorrow once today is over, never an empty today', async ({ page, request }) => {
		const left = ((await (await request.get('/api/v1/aktiviteter?nar=idag')).json()) as { total: number }).total;
		await page.goto('/');
		const heading = page.locator('#today-heading');
		if (left > 0) {
			await expect(heading).toHaveText(/^Idag, /);
			await expect(page.getByRole('link', { name: `Alla aktiviteter idag (${left})` })).toBeVisible();
		} else {
			test.info().annotations.push({ type: 'note', description: 'run in the evening: tomorrow shown' });
			await expect(heading).toHaveText(/^Imorgon, /);
			await expect(page.getByText('Dagens aktiviteter är slut. Här är morgondagens.')).toBeVisible();
			await expect(page.getByRole('link', { name: /^Alla aktiviteter imorgon \(\d+\)$/ })).toHaveAttribute('href', '/aktiviteter?nar=imorgon');
		}
		await expect(page.locator('section[aria-labelledby="today-heading"] li.card.occurrence').first()).toBeVisible();
	});

	test('the district picker starts at "Välj stadsdel" and remembers the choice', async ({ page }) => {
		await page.goto('/');
		const picker = page.getByLabel('Stadsdel', { exact: true });
		await expect(picker.locator('option:checked')).toHaveText('Välj stadsdel');
		await picker.selectOption(DEMO.district.slug);
		await page.getByRole('button', { name: 'Visa aktiviteter i stadsdelen' }).click();
		await expect(page).toHaveURL(`/aktiviteter?stadsdel=${DEMO.district.slug}`);
		await page.goto('/');
		await expect(picker.locator('option:checked')).toHaveText(DEMO.district.name);
		// Choosing the placeholder forgets it again.
		await picker.selectOption('');
		await page.getByRole('button', { name: 'Visa aktiviteter i stadsdelen' }).click();
		await expect(page).toHaveURL('/aktiviteter');
		await page.goto('/');
		await expect(picker.locator('option:checked')).toHaveText('Välj stadsdel');
	});

	test('near a meeting point: places sorted by distance, without JavaScript', async ({ page }) => {
		await page.goto('/');
		await page.getByLabel('Närmast', { exact: true }).selectOption(DEMO.meetingPoint.slug);
		await page.getByRole('button', { name: 'Visa platserna närmast' }).click();
		await expect(page).toHaveURL(`/platser?nara=${DEMO.meetingPoint.slug}`);
		await expect(page.locator('#resultat')).toContainText('Närmast Träffpunkt Centrum – Kulturhuset först');
		const cards = page.locator('ul.venue-cards > li');
		await expect(cards.first().locator('h2')).toHaveText('Träffpunkt Centrum – Kulturhuset');
		await expect(cards.first()).toContainText('Här, där du utgår från');
		const metres = await cards.locator('.distance strong').evaluateAll((els) =>
			els.slice(1).map((e) => {
				const t = e.textContent!.replace(/\s/g, ' ').trim();
				return t.endsWith(' km') ? Number(t.replace(' km', '').replace(',', '.')) * 1000 : Number(t.replace(' m', ''));
			})
		);
		expect(metres.length).toBeGreaterThan(10);
		expect([...metres].sort((a, b) => a - b)).toEqual(metres);
	});
});

test.describe('near me with JavaScript', () => {
	test.use({ geolocation: { latitude: 59.3446, longitude: 14.5056 }, permissions: ['geolocation'] });

	test('the position is asked for only on a click and sorts the places', async ({ page, context }) => {
		let asked = 0;
		await context.exposeFunction('__asked', () => asked++);
		await page.addInitScript(() => {
			const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
			navigator.geolocation.getCurrentPosition = (ok, err, opts) => {
				(window as unknown as { __asked: () => void }).__asked();
				original(ok, err, opts);
			};
		});
		await page.goto('/platser');
		await expect(page.locator('h2', { hasText: DEMO.district.name }).first()).toBeVisible();
		expect(asked).toBe(0);
		await page.getByRole('button', { name: 'Använd min position' }).click();
		await expect(page).toHaveURL(/\/platser\?lat=59\.345&lng=14\.506$/);
		expect(asked).toBe(1);
		await expect(page.locator('#resultat')).toContainText('Närmast din position först');
		const km = await page.locator('ul.venue-cards > li .distance strong').allTextContents();
		expect(km.length).toBeGreaterThan(10);
	});
});
