import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ACCOUNTS, addDays, closeAll, contextAs, dbAll, dbGet, nextWeekday, postForm, svDate, todayStockholm, unique } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

/** The association's own calendar, served from this test (IMPORT_ALLOW_PRIVATE_ADDRESSES=1 lets the app fetch from 127.0.0.1). */
let server: Server;
let base = '';
let body = '';
let contentType = 'text/calendar; charset=utf-8';

test.beforeAll(async () => {
	server = createServer((_req, res) => res.writeHead(200, { 'content-type': contentType }).end(body));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => {
	server.closeAllConnections();
	server.close();
});

const compact = (date: string) => date.replaceAll('-', '');

function calendar(title: string, venue: string, first: string) {
	const skipped = addDays(first, 7);
	const lines = [
		'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
		'BEGIN:VEVENT', `UID:${title}@example.org`, `DTSTART;TZID=Europe/Stockholm:${compact(first)}T100000`, `DTEND;TZID=Europe/Stockholm:${compact(first)}T113000`,
		'RRULE:FREQ=WEEKLY;COUNT=3', `EXDATE;TZID=Europe/Stockholm:${compact(skipped)}T100000`, 'DTSTAMP:20261201T080000Z',
		`SUMMARY:${title}`, 'DESCRIPTION:Lugn gympa på stol – välkommen! 💪', `LOCATION:${venue}`, 'END:VEVENT',
		'BEGIN:VEVENT', `UID:styrelse-${title}@example.org`, `DTSTART;TZID=Europe/Stockholm:${compact(first)}T180000`, `DTEND;TZID=Europe/Stockholm:${compact(first)}T190000`,
		'CLASS:PRIVATE', 'SUMMARY:Styrelsemöte', 'DTSTAMP:20261201T080000Z', 'END:VEVENT',
		'END:VCALENDAR'
	];
	return lines.join('\r\n') + '\r\n';
}

/** axe at 1280 and 390 px, each after the page has laid itself out at that width. */
async function axeAtBothWidths(page: Page) {
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: 900 });
		await page.waitForFunction((w) => window.innerWidth === w, width);
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
		await expectNoAxeViolations(page);
	}
	await page.setViewportSize({ width: 1280, height: 900 });
}

test('an organiser adds a calendar, sees the preview, imports; the moderator approves and residents see the dates; a failure shows on the status page', async ({ browser }) => {
	test.setTimeout(90_000);
	const venue = dbGet<{ name: string }>(`SELECT name FROM venues WHERE status = 'approved' ORDER BY id LIMIT 1`)!.name;
	const title = `Sittgympa ${unique()}`;
	const first = nextWeekday(addDays(todayStockholm(), 1), 2);
	body = calendar(title, venue, first);
	contentType = 'text/calendar; charset=utf-8';

	const context = await contextAs(browser, ACCOUNTS.organiser);
	const page = await context.newPage();
	await page.goto('/forening/kalendrar');
	await page.getByRole('link', { name: 'Lägg till en kalender' }).click();
	await page.getByLabel('Namn på kalendern').fill('Föreningens Google-kalender');
	await page.getByLabel('Kalenderns adress (iCal eller ICS)').fill(`${base}/kalender.ics`);
	await page.getByLabel('Plats när kalendern inte säger var').selectOption({ label: venue });
	await page.getByLabel('Typ av aktivitet').selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Visa vad som skulle hämtas' }).click();

	const preview = page.getByRole('region', { name: 'Så här skulle det bli' });
	await expect(preview.getByRole('status')).toHaveText('2 datum hämtas, 1 hoppas över.');
	const rows = preview.locator('tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(0)).toContainText(title);
	await expect(rows.nth(0)).toContainText('10:00–11:30');
	await expect(rows.nth(0)).toContainText(venue);
	await expect(rows.nth(1)).toContainText(svDate(addDays(first, 14)).split(' ').slice(1).join(' '));
	await expect(rows.nth(2)).toContainText('Styrelsemöte');
	await expect(rows.nth(2)).toContainText('Privat i kalendern');
	// The preview wrote nothing.
	expect(dbGet('SELECT count(*) AS n FROM calendar_sources WHERE url = ?', `${base}/kalender.ics`)).toEqual({ n: 0 });
	await axeAtBothWidths(page);

	await page.getByRole('button', { name: 'Spara och hämta' }).click();
	await expect(page).toHaveURL(/\/forening\/kalendrar\/\d+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Föreningens Google-kalender');
	await expect(page.locator('dl.facts')).toContainText('2 nya, 0 ändrade, 0 inställda, 0 oförändrade, 1 överhoppad.');
	await expect(page.getByRole('listitem').filter({ hasText: 'Privat i kalendern' })).toHaveText('Privat i kalendern: 1');
	await expect(page.locator('.items li')).toHaveCount(2);
	await axeAtBothWidths(page);
	const sourceId = Number(/kalendrar\/(\d+)/.exec(page.url())![1]);

	// Not trusted: both dates wait for review. The moderator approves them.
	const pending = dbAll<{ id: number; event_id: number }>(
		`SELECT r.id, r.event_id FROM event_revisions r JOIN imported_items i ON i.event_id = r.event_id WHERE i.source_id = ? AND r.status = 'pending' ORDER BY r.id`, sourceId);
	expect(pending).toHaveLength(2);
	const moderator = await contextAs(browser, ACCOUNTS.moderator);
	for (const r of pending) expect((await postForm(moderator.request, `/personal/granskning/${r.id}`, { decision: 'approve', message: '' })).status()).toBe(200);

	// Staff see every organisation's calendars in their own area, and may add one for any of them.
	const staffPage = await moderator.newPage();
	await staffPage.goto('/personal/kalendrar');
	const card = staffPage.locator('.sources li').filter({ hasText: 'Föreningens Google-kalender' }).first();
	await expect(card).toContainText('Förening: PRO Karlskoga');
	await card.getByRole('link').click();
	await expect(staffPage).toHaveURL(new RegExp(`/personal/kalendrar/${sourceId}$`));
	await expect(staffPage.locator('.items li')).toHaveCount(2);
	await staffPage.goto('/personal/kalendrar/ny');
	await expect(staffPage.getByLabel('Förening', { exact: true })).toBeVisible();
	await axeAtBothWidths(staffPage);

	const resident = await (await contextAs(browser, null)).newPage();
	await resident.goto(`/aktiviteter/${pending[0].event_id}`);
	await expect(resident.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(resident.locator('main')).toContainText('Lugn gympa på stol – välkommen! 💪');
	await expect(resident.locator('main')).toContainText(new RegExp(`${svDate(first)} 10:00–11:30`, 'i'));
	await resident.goto(`/aktiviteter/${pending[1].event_id}`);
	await expect(resident.locator('main')).toContainText(new RegExp(svDate(addDays(first, 14)), 'i'));

	// The calendar breaks (a login page instead of the file): "Hämta nu" shows why in plain words.
	body = '<!DOCTYPE html><html><body>Logga in</body></html>';
	contentType = 'text/html';
	await page.getByRole('button', { name: 'Hämta nu' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Det gick inte' })).toHaveText('Det gick inte att hämta kalendern.');
	await expect(page.locator('.problem')).toContainText('Det är ingen kalenderfil.');
	await expect(page.locator('.problem')).toContainText('Det har inte gått en gång.');
	await axeAtBothWidths(page);
	await page.goto('/forening/kalendrar');
	await expect(page.locator('.sources li').filter({ hasText: 'Föreningens Google-kalender' })).toContainText('Det är ingen kalenderfil.');
	await axeAtBothWidths(page);
	await closeAll(context, moderator);
});
