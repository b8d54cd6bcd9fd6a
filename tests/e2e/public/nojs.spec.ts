import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { ActivitiesPage } from '../pages/activities';
import { DAY_CODES, WEEKDAYS_SV } from '../support/demo';

test.use({ javaScriptEnabled: false });

/** Unfolds and unescapes RFC 5545 text so that titles can be compared. */
function unfoldIcs(ics: string) {
	return ics.replace(/\r?\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n');
}

/** "20261124T090000Z" for an ISO instant, as the feed writes DTSTART in UTC. */
const icsUtc = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

test('filters work without JavaScript and the event can be added to a calendar', async ({ page }) => {
	const list = new ActivitiesPage(page);
	await list.goto();
	// Nothing chosen yet: the panel starts closed and opens natively (a <details>).
	await expect(list.filterPanel).not.toHaveAttribute('open', '');
	await list.openFilters();

	// One choice at a time, each from the facet counts in the labels, as a visitor would.
	const pickBusiest = async (name: string) => {
		// With results on the page the panel arrives folded (results first): unfold it for each choice.
		await list.openFilters();
		const facets = await list.facetCounts(name);
		expect(facets.length, `checkboxes named ${name}`).toBeGreaterThan(0);
		const best = facets.reduce((a, b) => (b.count > a.count ? b : a));
		expect(best.count, `some ${name} has dates: ${JSON.stringify(facets)}`).toBeGreaterThan(0);
		await list.checkbox(name, best.value).check();
		await list.applyButton.click();
		await expect(list.checkbox(name, best.value)).toBeChecked();
		return best;
	};
	const district = await pickBusiest('stadsdel');
	const category = await pickBusiest('kategori');
	const day = await pickBusiest('dag');

	const url = new URL(page.url());
	expect(url.pathname).toBe('/aktiviteter');
	expect(url.searchParams.getAll('stadsdel')).toEqual([district.value]);
	expect(url.searchParams.getAll('kategori')).toEqual([category.value]);
	expect(url.searchParams.getAll('dag')).toEqual([day.value]);

	// The count shown next to the weekday is what the list then holds (give or take a date that
	// ended in the minute between the two queries).
	const total = await list.total();
	expect(total).toBeGreaterThan(0);
	expect(total).toBeLessThanOrEqual(day.count);
	expect(total).toBeGreaterThanOrEqual(day.count - 1);
	await expect(list.resultCount).toContainText('matchar dina val');

	// Every listed date is on the chosen weekday, in the chosen district and of the chosen kind.
	const weekday = WEEKDAYS_SV[DAY_CODES.indexOf(day.value as (typeof DAY_CODES)[number])];
	const headings = await list.dayHeadings.allTextContents();
	expect(headings.length).toBeGreaterThan(0);
	for (const h of headings) expect(h.trim()).toMatch(new RegExp(`^((Idag|Imorgon), )?${weekday}\\b`, 'i'));
	const items = await list.items.evaluateAll((lis) =>
		lis.map((li) => ({
			meta: li.querySelector('.meta')?.textContent?.replace(/\s+/g, ' ') ?? '',
			category: li.querySelector('.badges .badge')?.textContent?.trim() ?? ''
		}))
	);
	expect(items.length).toBe(Math.min(total, 25));
	for (const item of items) {
		expect(item.meta).toContain(`, ${district.label} ·`);
		expect(item.category).toBe(category.label);
	}

	// Open the first event and download its calendar file.
	const first = list.items.first();
	const title = ((await first.locator('.occurrence-title a').textContent()) ?? '').trim();
	const start = (await first.locator('time').getAttribute('datetime'))!;
	await first.locator('.occurrence-title a').click();
	await expect(page).toHaveURL(/\/aktiviteter\/\d+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

	const link = page.getByRole('link', { name: 'Lägg till i din kalender' });
	await expect(link).toHaveAttribute('href', /\/aktiviteter\/\d+\/kalender\.ics$/);
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toMatch(/^aktivitet-\d+\.ics$/);
	const ics = unfoldIcs(await readFile((await download.path())!, 'utf8'));
	expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
	expect(ics).toMatch(/END:VCALENDAR\s*$/);
	const events = ics.split('BEGIN:VEVENT').slice(1);
	expect(events.length).toBeGreaterThan(0);
	for (const ev of events) expect(ev).toMatch(new RegExp(`\\nSUMMARY:(INSTÄLLT: )?${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\r?\\n`));
	// The date that was listed is one of the calendar's events.
	expect(events.some((ev) => ev.includes(`DTSTART:${icsUtc(start)}`)), `DTSTART:${icsUtc(start)} in\n${ics}`).toBe(true);
});

test('text size buttons work without JavaScript and the choice is kept', async ({ page }) => {
	await page.goto('/aktiviteter?kategori=motion');
	const html = page.locator('html');
	await expect(html).toHaveAttribute('data-textsize', 'normal');
	const baseSize = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

	await page.getByRole('button', { name: 'Störst' }).click();
	// Back on the same page, with the same query.
	await expect(page).toHaveURL(/\/aktiviteter\?kategori=motion$/);
	await expect(html).toHaveAttribute('data-textsize', 'larger');
	await expect(page.getByRole('button', { name: 'Störst' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('button', { name: 'Normal' })).toHaveAttribute('aria-pressed', 'false');
	expect(await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(baseSize * 1.2);

	// The next page remembers it.
	await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Platser' }).click();
	await expect(page).toHaveURL(/\/platser$/);
	await expect(html).toHaveAttribute('data-textsize', 'larger');
	await expect(page.getByRole('button', { name: 'Störst' })).toHaveAttribute('aria-pressed', 'true');

	await page.getByRole('button', { name: 'Större' }).click();
	await expect(html).toHaveAttribute('data-textsize', 'large');
	await page.goto('/');
	await expect(html).toHaveAttribute('data-textsize', 'large');
	await page.getByRole('button', { name: 'Normal' }).click();
	await expect(html).toHaveAttribute('data-textsize', 'normal');
});
