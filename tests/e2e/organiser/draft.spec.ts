import { expect, test } from '@playwright/test';
import { ACCOUNTS, closeAll, contextAs, createEventByRequest, dbGet, unique } from '../pages/backoffice';

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
	expect(dbGet('SELECT id FROM events WHERE id = ?', draftId)).toBeUndefined();
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
