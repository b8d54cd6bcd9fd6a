import { expect, test } from '@playwright/test';
import { ACCOUNTS, addDays, closeAll, contextAs, dbGet, todayStockholm } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

/** Last month's busiest organisation, venue and day among past dates of published events. */
function busiest() {
	const month = addDays(`${todayStockholm().slice(0, 7)}-01`, -1).slice(0, 7);
	const pick = dbGet<{ org: number; venueId: number; venue: string; day: string }>(
		`SELECT e.organisation_id AS org, v.id AS venueId, v.name AS venue, o.local_date AS day
		 FROM occurrences o JOIN events e ON e.id = o.event_id JOIN event_revisions r ON r.id = e.published_revision_id JOIN venues v ON v.id = r.venue_id
		 WHERE o.local_date LIKE ? GROUP BY e.organisation_id, v.id, o.local_date ORDER BY count(*) DESC LIMIT 1`,
		`${month}-%`
	)!;
	const count = (venueId: number | null, day: string | null) =>
		dbGet<{ n: number }>(
			`SELECT count(*) AS n FROM occurrences o JOIN events e ON e.id = o.event_id JOIN event_revisions r ON r.id = e.published_revision_id
			 WHERE e.organisation_id = ? AND o.local_date LIKE ? AND (CAST(? AS INTEGER) IS NULL OR r.venue_id = ?) AND (CAST(? AS TEXT) IS NULL OR o.local_date = ?)`,
			pick.org, `${month}-%`, venueId, venueId, day, day
		)!.n;
	return { ...pick, month, count };
}

for (const width of [1280, 390]) {
	test(`staff attendance sheets show the place and filter by place and day (${width} px)`, async ({ browser }) => {
		test.setTimeout(60_000);
		const b = busiest();
		const staff = await contextAs(browser, ACCOUNTS.moderator, undefined, { viewport: { width, height: 900 } });
		const page = await staff.newPage();
		await page.goto(`/personal/narvaro?forening=${b.org}&manad=${b.month}`);
		await expect(page.locator('table thead th').nth(2)).toHaveText('Plats');
		await expect(page.locator('table tbody tr')).toHaveCount(b.count(null, null));

		await page.getByLabel('Plats', { exact: true }).selectOption({ label: b.venue });
		await page.getByRole('button', { name: 'Visa', exact: true }).click();
		await expect(page.locator('table tbody tr')).toHaveCount(b.count(b.venueId, null));
		for (const cell of await page.locator('td.venue').allInnerTexts()) expect(cell).toBe(b.venue);

		await page.getByLabel('Dag', { exact: true }).fill(b.day);
		await page.getByRole('button', { name: 'Visa', exact: true }).click();
		await expect(page.locator('table tbody tr')).toHaveCount(b.count(b.venueId, b.day));
		await expect(page.getByRole('status')).toContainText(`Urval: ${b.count(b.venueId, b.day)}`);
		// Each cell names its date, time and place, so that three "Sittgympa" the same day are told apart.
		await expect(page.locator('tbody input[name$="-total"]').first()).toHaveAttribute('aria-label', new RegExp(`${b.venue}.*\\d{2}:\\d{2}`));
		await expectNoAxeViolations(page);

		await page.goto(`/personal/narvaro?forening=${b.org}&manad=${b.month}&datum=hej`);
		await expect(page.locator('#att-day-error')).toContainText('Dagen kunde inte läsas');
		await expect(page.locator('#att-day')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('table tbody tr')).toHaveCount(b.count(null, null));
		await expectNoAxeViolations(page);
		await closeAll(staff);
	});
}
