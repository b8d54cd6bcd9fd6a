import { expect, test, type Browser } from '@playwright/test';
import { ACCOUNTS, addDays, apiAs, closeAll, contextAs, createEventByRequest, dbAll, dbGet, newOrganiser, nextWeekday, postForm, ready, todayStockholm, unique } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

/** A fresh organisation with its own organiser, so that a filter on it shows exactly what this test sent. */
async function freshOrganisation(browser: Browser) {
	const staff = await contextAs(browser, ACCOUNTS.moderator);
	const page = await staff.newPage();
	const name = `Förening ${unique()}`;
	const res = await postForm(staff.request, '/personal/foreningar?/create', { name, kind: 'association' });
	expect(res.status()).toBeLessThan(400);
	const organiser = await newOrganiser(browser, page, name);
	const id = dbGet<{ id: number }>('SELECT id FROM organisations WHERE name = ?', name)!.id;
	await closeAll(staff);
	return { id, name, organiser };
}

const pendingRevision = (eventId: number) => dbGet<{ id: number; status: string }>('SELECT id, status FROM event_revisions WHERE event_id = ? ORDER BY id DESC LIMIT 1', eventId)!;

for (const width of [1280, 390]) {
	test(`bulk approve of three submissions from the filtered queue; a second post changes nothing (${width} px)`, async ({ browser }) => {
		test.setTimeout(90_000);
		const org = await freshOrganisation(browser);
		const today = todayStockholm();
		const soon = addDays(today, 2);
		const later = nextWeekday(addDays(today, 40), 3);
		const titles = [`Sittgympa ${unique()}`, `Boule ${unique()}`, `Qigong ${unique()}`];
		const ids: number[] = [];
		ids.push(await createEventByRequest(org.organiser.context.request, { title: titles[0], scheduleKind: 'once', startDate: soon }));
		for (const t of titles.slice(1)) ids.push(await createEventByRequest(org.organiser.context.request, { title: t, startDate: later }));

		const staff = await contextAs(browser, ACCOUNTS.moderator, undefined, { viewport: { width, height: 900 } });
		const page = await staff.newPage();
		await page.goto('/personal/granskning');
		await ready(page);
		await page.getByLabel('Förening', { exact: true }).selectOption({ label: org.name });
		await page.getByLabel('Ny eller ändring').selectOption({ label: 'Nya aktiviteter' });
		await page.getByRole('button', { name: 'Visa', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`forening=${org.id}`));
		const items = page.locator('li.queue-item');
		await expect(items).toHaveCount(3);
		// Soonest first date first, flagged.
		await expect(items.first()).toContainText(titles[0]);
		await expect(items.first().locator('.flag-soon')).toHaveText('Börjar inom 7 dagar');
		await expectNoAxeViolations(page);

		for (const t of titles) await page.getByLabel(`Markera ${t}`).check();
		await page.getByLabel('Godkänn och publicera alla markerade').check();
		await page.getByRole('button', { name: 'Spara beslutet för de markerade' }).click();
		await expect(page.getByRole('status')).toContainText('3 aktiviteter godkända och publicerade');
		for (const id of ids) expect(dbGet<{ status: string }>('SELECT status FROM events WHERE id = ?', id)!.status).toBe('published');
		await expect(page.locator('li.queue-item')).toHaveCount(0);
		await expectNoAxeViolations(page);

		// The same form posted again: nothing decided twice, and it says so.
		const decisions = () => dbGet<{ n: number }>(`SELECT count(*) AS n FROM moderation_decisions WHERE event_id IN (${ids.join(',')})`)!.n;
		expect(decisions()).toBe(3);
		const revisionIds = ids.map((id) => String(pendingRevision(id).id));
		const again = await postForm(staff.request, `/personal/granskning?forening=${org.id}&/bulk`, { revision: revisionIds, decision: 'approve', message: '' });
		expect(again.status()).toBe(200);
		expect(await again.text()).toContain('0 aktiviteter godkända och publicerade; 3 var redan beslutade');
		expect(decisions()).toBe(3);

		// A rejection of several needs one reason and a message, next to the fields; nothing is decided.
		const extra = await createEventByRequest(org.organiser.context.request, { title: `Avslag ${unique()}`, startDate: later });
		await page.goto(`/personal/granskning?forening=${org.id}`);
		await page.locator('li.queue-item input[type="checkbox"]').first().check();
		await page.getByLabel('Avslå alla markerade').check();
		await page.getByRole('button', { name: 'Spara beslutet för de markerade' }).click();
		await expect(page.locator('#f-reasonCode-error')).toHaveText('Välj ett skäl för avslaget.');
		await expect(page.locator('li.queue-item input[type="checkbox"]').first()).toBeChecked();
		expect(pendingRevision(extra).status).toBe('pending');
		await expectNoAxeViolations(page);
		await closeAll(staff, org.organiser.context);
	});
}

test('save and show next: the next in the filtered queue opens; the last one leads back; the organiser sees the message on the edit form', async ({ browser }) => {
	test.setTimeout(90_000);
	const org = await freshOrganisation(browser);
	const today = todayStockholm();
	const first = `Först ${unique()}`;
	const second = `Sedan ${unique()}`;
	await createEventByRequest(org.organiser.context.request, { title: first, startDate: nextWeekday(addDays(today, 20), 3) });
	const secondId = await createEventByRequest(org.organiser.context.request, { title: second, startDate: nextWeekday(addDays(today, 50), 3) });

	for (const width of [1280, 390]) {
		const staff = await contextAs(browser, ACCOUNTS.moderator, undefined, { viewport: { width, height: 900 } });
		const page = await staff.newPage();
		if (width === 390) {
			// The second pass only looks: the decided ones are gone, the queue says so.
			await page.goto(`/personal/granskning?forening=${org.id}&klar=1`);
			await expect(page.getByRole('status')).toContainText('inget mer att granska');
			await expectNoAxeViolations(page);
			await closeAll(staff);
			continue;
		}
		await page.goto(`/personal/granskning?forening=${org.id}`);
		await page.getByRole('link', { name: first, exact: true }).click();
		await ready(page);
		await page.getByLabel('Godkänn och publicera', { exact: true }).check();
		await page.getByRole('button', { name: 'Spara och visa nästa' }).click();
		await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`forening=${org.id}&sparad=1`));
		await expect(page.getByRole('status')).toContainText('Här är nästa');
		await expectNoAxeViolations(page);

		await ready(page);
		await page.getByLabel('Begär ändringar', { exact: true }).check();
		await page.locator('form.decide textarea[name="message"]').fill('Skriv gärna vilken ingång som gäller.');
		await page.getByRole('button', { name: 'Spara och visa nästa' }).click();
		await expect(page).toHaveURL(new RegExp(`/personal/granskning\\?forening=${org.id}&klar=1`));
		await expect(page.getByRole('status')).toContainText('inget mer att granska');
		await closeAll(staff);
	}

	const organiser = await org.organiser.context.newPage();
	for (const width of [1280, 390]) {
		await organiser.setViewportSize({ width, height: 900 });
		await organiser.goto(`/forening/aktiviteter/${secondId}/redigera`);
		await expect(organiser.locator('#moderator-note')).toContainText('Granskaren ber dig ändra');
		await expect(organiser.locator('#moderator-note')).toContainText('Skriv gärna vilken ingång som gäller.');
		await expectNoAxeViolations(organiser);
	}
	expect(dbAll('SELECT id FROM moderation_decisions WHERE event_id = ?', secondId).length).toBe(1);
	await closeAll(org.organiser.context);
});
