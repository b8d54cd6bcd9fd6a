import { expect, test } from '@playwright/test';
import { ACCOUNTS, ORG_A, closeAll, contextAs, dbGet, newOrganiser, postForm } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

test('a disabled account is told so, but only after the right password', async ({ browser }) => {
	test.setTimeout(60_000);
	const admin = await contextAs(browser, ACCOUNTS.admin);
	const person = await newOrganiser(browser, await admin.newPage(), ORG_A.name);
	const id = dbGet<{ id: number }>('SELECT id FROM users WHERE email = ?', person.email)!.id;
	const res = await postForm(admin.request, '/personal/anvandare', { id: String(id), role: 'organiser', disabled: '1' });
	expect(res.status()).toBeLessThan(400);
	expect(dbGet<{ disabled: number }>('SELECT disabled FROM users WHERE id = ?', id)!.disabled).toBe(1);

	for (const width of [1280, 390]) {
		const visitor = await contextAs(browser, null, undefined, { viewport: { width, height: 900 } });
		const page = await visitor.newPage();
		await page.goto('/konto/logga-in');
		await page.getByLabel('E-postadress').fill(person.email);
		await page.getByLabel('Lösenord').fill('fel lösenord helt och hållet');
		await page.getByRole('button', { name: 'Logga in' }).click();
		await expect(page.getByRole('alert')).toContainText('E-postadressen eller lösenordet stämmer inte.');
		await expect(page.getByRole('alert')).not.toContainText('avstängt');

		await page.getByLabel('Lösenord').fill(person.password);
		await page.getByRole('button', { name: 'Logga in' }).click();
		await expect(page.getByRole('alert')).toContainText('Ditt konto är avstängt');
		await expect(page).toHaveURL(/\/konto\/logga-in/);
		await expectNoAxeViolations(page);
		await closeAll(visitor);
	}
	await closeAll(admin, person.context);
});
