import { expect, test } from '@playwright/test';
import { ACCOUNTS, closeAll, contextAs, createEventByRequest, dbGet, ready, unique } from '../pages/backoffice';

test('an organiser deletes a draft after saying yes; a submitted event cannot be deleted', async ({ browser }) => {
	const context = await contextAs(browser, ACCOUNTS.organiser);
	const page = await context.newPage();
	const title = `Utkast ${unique()}`;
	const draftId = await createEventByRequest(context.request, { title, intent: 'draft' });

	await page.goto(`/forening/aktiviteter/${draftId}`);
	const section = page.getByRole('region', { name: 'Ta bort utkastet' });
	// Without the yes, nothing happens and the page says why.
	await section.getByRole('button', { name: 'Ta bort utkastet' }).click();
	await expect(page.locator('#delete-error')).toHaveText('Kryssa i rutan för att bekräfta att utkastet ska tas bort.');
	expect(dbGet('SELECT id FROM events WHERE id = ?', draftId)).toBeDefined();

	await page.getByRole('region', { name: 'Ta bort utkastet' }).getByLabel('Ja, ta bort utkastet').check();
	await page.getByRole('region', { name: 'Ta bort utkastet' }).getByRole('button', { name: 'Ta bort utkastet' }).click();
	await expect(page).toHaveURL(/\/forening\?borttagen$/);
	await expect(page.getByRole('status')).toHaveText('Utkastet är borttaget.');
	// (By title: SQLite may give the freed id to an event another test makes meanwhile.)
	expect(dbGet('SELECT event_id FROM event_revisions WHERE title = ?', title)).toBeUndefined();
	expect(dbGet<{ summary: string }>(`SELECT summary FROM audit_log WHERE action = 'event.draft_deleted' AND entity_id = ?`, draftId)?.summary).toBe(`${title}: utkast borttaget`);

	// Sent for review: it reached a moderator, so it stays (and the page offers no delete).
	const submittedId = await createEventByRequest(context.request, { title: `${title} inskickad`, intent: 'submit' });
	await page.goto(`/forening/aktiviteter/${submittedId}`);
	await expect(page.getByRole('region', { name: 'Ta bort utkastet' })).toHaveCount(0);
	const res = await context.request.post(`/forening/aktiviteter/${submittedId}?/deleteDraft`, {
		form: { confirm: 'ja' },
		headers: { Origin: new URL(page.url()).origin, Accept: 'text/html' }
	});
	expect(res.status()).toBe(400);
	expect(dbGet('SELECT id FROM events WHERE id = ?', submittedId)).toBeDefined();
	await closeAll(context);
});

for (const javaScriptEnabled of [true, false])
	test(`a new activity sent, then Back and sent again, is one activity (${javaScriptEnabled ? 'with' : 'without'} JavaScript); a fix sent after Back lands in it`, async ({ browser }) => {
		const context = await contextAs(browser, ACCOUNTS.organiser, undefined, { javaScriptEnabled });
		const page = await context.newPage();
		const title = `Boule ${unique()}`;
		const count = () => dbGet<{ n: number }>('SELECT count(*) AS n FROM events e JOIN event_revisions r ON r.event_id = e.id WHERE r.title LIKE ?', `${title}%`)!.n;
		const ids = () => dbGet<{ ids: string }>('SELECT group_concat(DISTINCT e.id) AS ids FROM events e JOIN event_revisions r ON r.event_id = e.id WHERE r.title LIKE ?', `${title}%`)!.ids;
		await page.goto('/forening/aktiviteter/ny');
		if (javaScriptEnabled) await ready(page);
		await page.locator('#f-title').fill(title);
		await page.locator('#f-summary').fill('Vi spelar boule i parken.');
		await page.locator('#f-category').selectOption({ index: 1 });
		await page.locator('#f-venue').selectOption({ index: 1 });
		await page.getByLabel('En gång', { exact: true }).check();
		await page.locator('#f-startDate').fill(addDaysIso(10));
		await page.locator('#f-startTime').fill('10:00');
		await page.locator('#f-endTime').fill('11:00');
		await page.getByRole('button', { name: 'Skicka för granskning' }).click();
		await expect(page).toHaveURL(/\/forening\/aktiviteter\/\d+\?skickad$/);
		const id = ids();
		expect(count()).toBe(1);

		await page.goBack();
		await expect(page.locator('#f-title')).toHaveValue(title);
		// The page, fetched again, says the form was sent and where the activity is.
		await expect(page.locator('p.notice[role="status"]')).toContainText('Det här formuläret är redan skickat');
		await expect(page.locator('p.notice[role="status"]').getByRole('link', { name: title })).toHaveAttribute('href', `/forening/aktiviteter/${id}`);
		await page.getByRole('button', { name: 'Skicka för granskning' }).click();
		await expect(page).toHaveURL(new RegExp(`/forening/aktiviteter/${id}\\?skickad$`));
		expect(ids()).toBe(id);

		await page.goBack();
		await page.locator('#f-title').fill(`${title} i parken`);
		await page.getByRole('button', { name: 'Skicka för granskning' }).click();
		await expect(page).toHaveURL(new RegExp(`/forening/aktiviteter/${id}\\?skickad$`));
		expect(ids()).toBe(id);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(`${title} i parken`);
		await closeAll(context);
	});

function addDaysIso(n: number) {
	return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}
