import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { waitForMaps } from '../support/maps';
import { ActivitiesPage } from '../pages/activities';
import { DEMO } from '../support/demo';

/** Every public page and state, brought about the way a visitor would. */
const STATES: { name: string; open: (page: Page) => Promise<void> }[] = [
	{ name: 'start page', open: (page) => visit(page, '/') },
	{ name: 'activity list', open: (page) => visit(page, '/aktiviteter') },
	{
		name: 'activity list with filters (results first)',
		open: async (page) => {
			await visit(page, `/aktiviteter?stadsdel=${DEMO.district.slug}&kategori=${DEMO.category.slug}&gratis=1`);
			const list = new ActivitiesPage(page);
			await expect(list.chip(DEMO.district.name)).toBeVisible();
			await expect(list.filterPanel).not.toHaveAttribute('open', '');
		}
	},
	{
		name: 'activity list with filters, the panel and a group unfolded',
		open: async (page) => {
			const list = new ActivitiesPage(page);
			await visit(page, `/aktiviteter?stadsdel=${DEMO.district.slug}&kategori=${DEMO.category.slug}`);
			await list.openFilters();
			await list.openGroup('dag');
			await expect(list.checkbox('stadsdel', DEMO.district.slug)).toBeVisible();
		}
	},
	{
		name: 'activity list with no results',
		open: async (page) => {
			await visit(page, '/aktiviteter?q=zzzzqqq');
			await expect(page.getByRole('heading', { name: 'Inga aktiviteter matchar dina val' })).toBeVisible();
		}
	},
	{
		name: 'activity list with the filter panel open',
		open: async (page) => {
			const list = new ActivitiesPage(page);
			await list.goto();
			await list.openFilters();
			await expect(list.applyButton).toBeVisible();
		}
	},
	{
		name: 'event page',
		open: async (page) => {
			await visit(page, '/aktiviteter');
			await page.locator('.occurrence-title a').first().click();
			await expect(page).toHaveURL(/\/aktiviteter\/\d+/);
			await expect(page.getByRole('link', { name: 'Lägg till i din kalender' })).toBeVisible();
		}
	},
	{
		name: 'meeting point page',
		open: async (page) => {
			await visit(page, `/platser/${DEMO.meetingPoint.slug}`);
			await expect(page.getByRole('heading', { name: 'Öppettider', exact: true })).toBeVisible();
		}
	},
	{ name: 'places', open: (page) => visit(page, '/platser') },
	{ name: 'districts', open: (page) => visit(page, '/stadsdelar') },
	{ name: 'district page', open: (page) => visit(page, `/stadsdelar/${DEMO.district.slug}`) },
	{
		name: 'map',
		open: async (page) => {
			await visit(page, '/karta');
			await expect(page.locator('.map-box')).toHaveAttribute('data-marker-count', /^[1-9]\d*$/);
		}
	},
	{ name: 'weekly programme for a district', open: (page) => visit(page, `/program?stadsdel=${DEMO.district.slug}`) },
	{ name: 'weekly programme chooser', open: (page) => visit(page, '/program') },
	{ name: 'accessibility statement', open: (page) => visit(page, '/tillganglighet') },
	{
		name: 'accessibility report with errors',
		open: async (page) => {
			await visit(page, '/tillganglighet');
			await page.getByRole('button', { name: 'Skicka rapporten' }).click();
			await expect(page.getByRole('alert')).toContainText('Rätta det här innan du skickar');
			await expect(page.locator('#report-message')).toHaveAttribute('aria-invalid', 'true');
		}
	},
	{ name: 'privacy page', open: (page) => visit(page, '/personuppgifter') },
	{
		name: 'open data page',
		open: async (page) => {
			await visit(page, '/');
			await page.getByRole('contentinfo').getByRole('link', { name: 'Öppna data' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Öppna data');
		}
	},
	{
		name: 'subscription help for an event',
		open: async (page) => {
			await visit(page, '/aktiviteter');
			await page.locator('.occurrence-title a').first().click();
			await expect(page).toHaveURL(/\/aktiviteter\/\d+/);
			await page.getByRole('link', { name: 'Så prenumererar du i mobilen', exact: true }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Så prenumererar du i mobilen');
			await expect(page.getByRole('link', { name: 'Prenumerera', exact: true })).toHaveAttribute('href', /^webcal:\/\/[^/]+\/aktiviteter\/\d+\/kalender\.ics$/);
		}
	},
	{
		name: 'not found page',
		open: async (page) => {
			const response = await page.goto('/den-har-sidan-finns-inte');
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
		}
	},
	{
		name: 'activity list in English',
		open: async (page) => {
			await visit(page, '/aktiviteter');
			// On small screens the language switch sits in the folded "Meny".
			const menu = page.locator('summary', { hasText: 'Meny' });
			if (await menu.isVisible()) await menu.click();
			await page.getByRole('button', { name: 'English', exact: true }).click();
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await expect(page).toHaveURL(/\/aktiviteter$/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activities');
		}
	}
];

async function visit(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.status(), path).toBe(200);
}

const VIEWPORTS = [
	{ label: 'desktop 1280 px', viewport: { width: 1280, height: 900 } },
	{ label: 'mobile 390 px', viewport: { width: 390, height: 844 } }
];

for (const { label, viewport } of VIEWPORTS) {
	test.describe(`axe at ${label}`, () => {
		test.use({ viewport });
		for (const state of STATES) {
			test(`${state.name} has no WCAG A/AA violations`, async ({ page }) => {
				await state.open(page);
				await waitForMaps(page);
				await expectNoAxeViolations(page);
			});
		}
	});
}
