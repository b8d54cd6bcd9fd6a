import { expect, test } from '@playwright/test';
import { ACCOUNTS, ORG_A, apiAs, closeAll, contextAs, createEventByRequest, dbGet, decideInQueue, unique } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

const rows = (page: import('@playwright/test').Page) => page.locator('tbody tr');

for (const width of [1280, 390]) {
	test(`staff lists: users searched and filtered, the log by person and by event, all events by status, organisation, district and start (${width} px)`, async ({ browser }) => {
		test.setTimeout(90_000);
		// An organiser submits a new event and a moderator approves it: two log entries about it.
		const organiser = await apiAs(ACCOUNTS.organiser);
		const title = `Listtest ${unique()}`;
		const eventId = await createEventByRequest(organiser, { title });
		const modContext = await contextAs(browser, ACCOUNTS.moderator, undefined, { viewport: { width, height: 900 } });
		const moderator = await modContext.newPage();
		await decideInQueue(moderator, title, 'approve');

		const admin = await contextAs(browser, ACCOUNTS.admin, undefined, { viewport: { width, height: 900 } });
		const page = await admin.newPage();

		// Users: by name or e-mail, role, organisation and status.
		await page.goto('/personal/anvandare');
		await page.getByLabel('Namn eller e-post').fill('forening@demo');
		await page.getByRole('button', { name: 'Visa', exact: true }).click();
		await expect(page).toHaveURL(/q=forening%40demo/);
		await expect(rows(page)).toHaveCount(1);
		await expect(rows(page).first()).toContainText('forening@demo.invalid');
		await page.getByLabel('Namn eller e-post').fill('');
		await page.getByLabel('Roll', { exact: true }).selectOption('admin');
		await page.getByRole('button', { name: 'Visa', exact: true }).click();
		await expect(rows(page).filter({ hasText: 'admin@demo.invalid' })).toHaveCount(1);
		await expect(rows(page).filter({ hasText: 'forening@demo.invalid' })).toHaveCount(0);
		await page.goto(`/personal/anvandare?forening=${dbGet<{ id: number }>('SELECT id FROM organisations WHERE slug = ?', ORG_A.slug)!.id}&status=aktiv`);
		await expect(rows(page).filter({ hasText: 'forening@demo.invalid' })).toHaveCount(1);
		await expect(rows(page).filter({ hasText: 'admin@demo.invalid' })).toHaveCount(0);
		await expect(page.getByLabel('Status', { exact: true })).toHaveValue('aktiv');
		await expectNoAxeViolations(page);
		await page.goto('/personal/anvandare?q=ingen-sadan-person-finns');
		await expect(page.getByText('Ingen användare matchar.')).toBeVisible();

		// The log by event: the submission and the approval, each linking to the person and the event.
		await page.goto('/personal/logg');
		await page.getByLabel('Aktivitet', { exact: true }).selectOption(String(eventId));
		await page.getByRole('button', { name: 'Visa', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`aktivitet=${eventId}`));
		await expect(rows(page)).toHaveCount(2);
		await expect(rows(page).filter({ hasText: 'Skickad för granskning' })).toHaveCount(1);
		await expect(rows(page).filter({ hasText: 'Godkänd' })).toHaveCount(1);
		for (const row of await rows(page).all()) await expect(row.getByRole('link', { name: title, exact: true })).toHaveAttribute('href', `/personal/aktiviteter/${eventId}`);
		const organiserId = dbGet<{ id: number }>('SELECT id FROM users WHERE email = ?', ACCOUNTS.organiser)!.id;
		await expect(rows(page).filter({ hasText: 'Skickad för granskning' }).locator(`a[href="/personal/anvandare/${organiserId}"]`)).toHaveCount(1);
		await expectNoAxeViolations(page);

		// ... and by person: "show only" keeps the event and adds the person; then the person alone.
		await rows(page).filter({ hasText: 'Godkänd' }).getByRole('link', { name: /^Visa bara / }).first().click();
		const moderatorId = dbGet<{ id: number }>('SELECT id FROM users WHERE email = ?', ACCOUNTS.moderator)!.id;
		await expect(page).toHaveURL(new RegExp(`person=${moderatorId}`));
		await expect(rows(page)).toHaveCount(1);
		await expect(page.getByLabel('Person', { exact: true })).toHaveValue(String(moderatorId));
		await page.goto(`/personal/logg?person=${organiserId}`);
		// What they did, and what was done to their account: every row names them.
		const organiserName = dbGet<{ name: string }>('SELECT name FROM users WHERE id = ?', organiserId)!.name;
		expect(await rows(page).count()).toBeGreaterThan(0);
		await expect(rows(page).filter({ hasNotText: organiserName })).toHaveCount(0);
		await expectNoAxeViolations(page);

		// All events: by title and status, organisation, district and "starts within".
		await page.goto(`/personal/aktiviteter?q=${encodeURIComponent(title)}`);
		await expect(rows(page)).toHaveCount(1);
		await page.getByLabel('Status', { exact: true }).selectOption('draft');
		await page.getByRole('button', { name: 'Visa', exact: true }).click();
		await expect(rows(page)).toHaveCount(0);
		await expect(page.getByText('Ingen aktivitet matchar.')).toBeVisible();
		await page.getByLabel('Status', { exact: true }).selectOption('published');
		await page.getByLabel('Förening', { exact: true }).selectOption({ label: ORG_A.name });
		await page.getByLabel('Börjar inom', { exact: true }).selectOption('30');
		await page.getByRole('button', { name: 'Visa', exact: true }).click();
		await expect(rows(page)).toHaveCount(1);
		await expect(rows(page).first()).toContainText('Publicerad');
		await expectNoAxeViolations(page);
		// A phone event has no district: choosing one leaves it out.
		await page.getByLabel('Stadsdel', { exact: true }).selectOption({ index: 1 });
		await page.getByRole('button', { name: 'Visa', exact: true }).click();
		await expect(rows(page)).toHaveCount(0);
		await page.goto('/personal/aktiviteter?status=published&inom=7');
		const statuses = await rows(page).locator('td[data-status]').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.status));
		expect(statuses.length).toBeGreaterThan(0);
		expect(new Set(statuses)).toEqual(new Set(['published']));

		await closeAll(organiser, modContext, admin);
	});
}

test('the staff filters work without JavaScript (GET forms)', async ({ browser }) => {
	const admin = await contextAs(browser, ACCOUNTS.admin, undefined, { javaScriptEnabled: false });
	const page = await admin.newPage();
	await page.goto('/personal/anvandare');
	await page.getByLabel('Status', { exact: true }).selectOption('aktiv');
	await page.getByLabel('Roll', { exact: true }).selectOption('moderator');
	await page.getByRole('button', { name: 'Visa', exact: true }).click();
	await expect(page).toHaveURL(/roll=moderator/);
	await expect(rows(page).filter({ hasText: 'personal@demo.invalid' })).toHaveCount(1);
	await page.goto('/personal/aktiviteter?status=published');
	// More than a page: said, and the next page is a link that keeps the filters.
	await expect(page.getByRole('status')).toContainText('Sida 1 av');
	await expect(rows(page)).toHaveCount(50);
	await page.getByRole('link', { name: 'Nästa sida' }).click();
	await expect(page).toHaveURL(/status=published&sida=2/);
	await expect(page.getByRole('status')).toContainText('Sida 2 av');
	await page.goto('/personal/aktiviteter');
	await page.getByLabel('Börjar inom', { exact: true }).selectOption('7');
	await page.getByRole('button', { name: 'Visa', exact: true }).click();
	await expect(page).toHaveURL(/inom=7/);
	await expect(page.getByRole('status')).toContainText('aktiviteter matchar');
	await closeAll(admin);
});
