import { expect, test, type Page } from '@playwright/test';
import { ActivitiesPage } from '../pages/activities';
import { dbGet, ready } from '../pages/backoffice';
import { DEMO } from '../support/demo';

/**
 * On a slow phone people tick, type and open sections before the page's JavaScript has arrived.
 * Hydration sets the controls back to the page as rendered; the root layout notes what was done
 * before it and puts it back after (src/lib/components/early-input.ts). The page's scripts are held
 * back here until the visitor has acted.
 */
async function holdScripts(page: Page) {
	let release!: () => void;
	const gate = new Promise<void>((r) => (release = r));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

test.use({ viewport: { width: 1280, height: 900 } });

test('ticks, a chosen radio, typed words and an opened panel from before hydration stay, and the choices are applied', async ({ page }) => {
	const release = await holdScripts(page);
	const list = new ActivitiesPage(page);
	await page.goto('/aktiviteter', { waitUntil: 'domcontentloaded' });
	await list.filterSummary.click();
	await expect(list.filterPanel).toHaveAttribute('open', '');
	await list.checkbox('stadsdel', DEMO.district.slug).check();
	await list.checkbox('kategori', DEMO.category.slug).check();
	// A radio further down than the rendered choice ("Alla datum").
	await page.locator('input[type="radio"][name="nar"][value="nasta-vecka"]').check();
	await page.locator('#q').fill('kaffe');
	release();
	await ready(page);
	// The ticks do what ticks do with JavaScript: the list shows every choice, the typed words come along.
	for (const part of [`stadsdel=${DEMO.district.slug}`, `kategori=${DEMO.category.slug}`, 'nar=nasta-vecka', 'q=kaffe'])
		await expect(page).toHaveURL(new RegExp(`[?&]${part}(&|$)`));
	await expect(list.chip(DEMO.district.name)).toBeVisible();
	await expect(list.chip(DEMO.category.name)).toBeVisible();
	await expect(page.locator('input[type="radio"][name="nar"][value="nasta-vecka"]')).toBeChecked();
	await expect(list.filterPanel).toHaveAttribute('open', '');
	await expect(list.checkbox('stadsdel', DEMO.district.slug)).toBeChecked();
	await expect(page.locator('#q')).toHaveValue('kaffe');
});

test('what a resident typed into the sign-up form before hydration is still there after it', async ({ page }) => {
	const date = dbGet<{ eventId: number; occurrenceId: number }>(
		`SELECT e.id AS eventId, o.id AS occurrenceId FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
		 JOIN occurrences o ON o.event_id = e.id
		 WHERE e.status = 'published' AND r.signup_online = 1 AND o.cancelled = 0 AND o.starts_at > ? ORDER BY o.starts_at LIMIT 1`,
		Date.now() + 3 * 86_400_000
	)!;
	const release = await holdScripts(page);
	await page.goto(`/aktiviteter/${date.eventId}/anmalan/${date.occurrenceId}`, { waitUntil: 'domcontentloaded' });
	await page.locator('input[name="name"]').fill('Britt Lindqvist');
	await page.locator('input[name="phone"]').fill('070-123 45 67');
	await page.locator('input[name="people"][value="2"]').check();
	await page.locator('textarea[name="message"]').fill('Jag kommer med rullator.');
	release();
	await ready(page);
	await expect(page.locator('input[name="name"]')).toHaveValue('Britt Lindqvist');
	await expect(page.locator('input[name="phone"]')).toHaveValue('070-123 45 67');
	await expect(page.locator('input[name="people"][value="2"]')).toBeChecked();
	await expect(page.locator('textarea[name="message"]')).toHaveValue('Jag kommer med rullator.');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 800 } });

	test('groups opened before hydration stay open once the ticks in them are applied', async ({ page }) => {
		const release = await holdScripts(page);
		const list = new ActivitiesPage(page);
		await page.goto('/aktiviteter', { waitUntil: 'domcontentloaded' });
		await list.filterSummary.click();
		const groupOf = (name: string) => list.filterPanel.locator('details.group').filter({ has: page.locator(`input[name="${name}"]`) }).first();
		for (const name of ['stadsdel', 'kategori']) await groupOf(name).locator('> summary').click();
		await list.checkbox('stadsdel', DEMO.district.slug).check();
		await list.checkbox('kategori', DEMO.category.slug).check();
		// "Från / till" inside the När group, opened too.
		await groupOf('nar').locator('> summary').click();
		await page.locator('details.dates > summary').click();
		release();
		await ready(page);
		await expect(page).toHaveURL(new RegExp(`kategori=${DEMO.category.slug}`));
		await expect(list.chip(DEMO.category.name)).toBeVisible();
		for (const name of ['stadsdel', 'kategori', 'nar']) await expect(groupOf(name)).toHaveAttribute('open', '');
		await expect(page.locator('details.dates')).toHaveAttribute('open', '');
		await expect(list.checkbox('kategori', DEMO.category.slug)).toBeVisible();
		// A later choice in the När group does not fold "Från / till" either.
		await page.locator('input[type="radio"][name="nar"][value="idag"]').check();
		await expect(page).toHaveURL(/nar=idag/);
		await expect(page.locator('details.dates')).toHaveAttribute('open', '');
	});
});

test('a list chosen before hydration on the embed builder is applied to the code', async ({ page }) => {
	const release = await holdScripts(page);
	await page.goto('/inbaddning', { waitUntil: 'domcontentloaded' });
	await page.locator('#f-kategori').selectOption(DEMO.category.slug);
	release();
	await ready(page);
	await expect(page).toHaveURL(new RegExp(`kategori=${DEMO.category.slug}`));
	await expect(page.locator('#snippet')).toHaveValue(new RegExp(`kategori=${DEMO.category.slug}`));
});

test('keys typed into the search just as the page starts are not lost to the navigation a tick started', async ({ page }) => {
	const release = await holdScripts(page);
	const list = new ActivitiesPage(page);
	await page.goto('/aktiviteter', { waitUntil: 'domcontentloaded' });
	await list.filterSummary.click();
	await list.checkbox('kategori', DEMO.category.slug).check();
	await page.locator('#q').click();
	await page.keyboard.type('kaf');
	// The list for the tick takes a moment to come, as on a slow phone: the last keys land meanwhile.
	await page.route(/__data\.json/, async (route) => {
		await new Promise((r) => setTimeout(r, 700));
		await route.continue();
	});
	release();
	await ready(page);
	await page.keyboard.type('fe');
	// The tick applied with the words typed before (the half-typed search itself is not submitted) ...
	await expect(page).toHaveURL(new RegExp(`kategori=${DEMO.category.slug}`));
	await expect(list.chip(DEMO.category.name)).toBeVisible();
	// ... and the field still holds every key.
	await expect(page.locator('#q')).toHaveValue('kaffe');
	await expect(page.locator('#q')).toBeFocused();
});
