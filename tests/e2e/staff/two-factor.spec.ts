import { expect, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { ACCOUNTS, closeAll, contextAs, dbGet, newOrganiser } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

const code = (secret: string, offsetSteps = 0) =>
	new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });

test('with two-factor enrolled, /personal needs the second factor and a used code is refused', async ({ browser }) => {
	const admin = await contextAs(browser, ACCOUNTS.admin);
	const adminPage = await admin.newPage();
	// A new staff member: invited as an organiser, then given the moderator role by the admin.
	const person = await newOrganiser(browser, adminPage, 'Karlskoga kommun – Anhörigstöd');
	const userId = dbGet<{ id: number }>('SELECT id FROM users WHERE email = ?', person.email)!.id;
	await adminPage.goto('/personal/anvandare');
	await adminPage.locator(`#role-${userId}`).selectOption('moderator');
	await adminPage.locator(`form:has(#role-${userId})`).getByRole('button', { name: /Spara/ }).click();
	await expect(adminPage.locator(`form:has(#role-${userId})`).getByRole('status')).toHaveText('Sparat.');

	const staff = await contextAs(browser, person.email, person.password);
	const page = await staff.newPage();
	await page.goto('/konto/tvastegs/aktivera');
	await expectNoAxeViolations(page);
	const secret = (await page.locator('.secret').innerText()).trim();
	await page.locator('#code').fill('000000');
	await page.getByRole('button', { name: 'Slå på' }).click();
	await expect(page.getByRole('alert')).toContainText('Koden stämmer inte');
	const first = code(secret);
	await page.locator('#code').fill(first);
	await page.getByRole('button', { name: 'Slå på' }).click();
	await expect(page.getByRole('heading', { name: 'Dina reservkoder' })).toBeVisible();
	const recovery = (await page.locator('.codes code').first().innerText()).trim();
	expect(dbGet<{ on: number }>('SELECT totp_enabled AS "on" FROM users WHERE id = ?', userId)?.on).toBe(1);

	// A new sign-in: password alone does not reach /personal.
	const again = await contextAs(browser, person.email, person.password);
	const p2 = await again.newPage();
	await p2.goto('/personal/granskning');
	await expect(p2).toHaveURL(/\/konto\/tvastegs\?till=/);
	const direct = await again.request.get('/personal/logg', { maxRedirects: 0 });
	expect(direct.status()).toBe(303);
	expect(direct.headers()['location']).toContain('/konto/tvastegs');
	// The code already used at enrolment is refused, also within its 30 seconds.
	await p2.locator('#code').fill(first);
	await p2.getByRole('button', { name: 'Fortsätt' }).click();
	await expect(p2.getByRole('alert')).toContainText('redan använts');
	await expect(p2).toHaveURL(/\/konto\/tvastegs/);
	// The next code works and leads on to where the person was going.
	await p2.locator('#code').fill(code(secret, 1));
	await p2.getByRole('button', { name: 'Fortsätt' }).click();
	await expect(p2).toHaveURL(/\/personal\/granskning$/);

	// A recovery code works once.
	const third = await contextAs(browser, person.email, person.password);
	const p3 = await third.newPage();
	await p3.goto('/personal/granskning');
	await p3.getByText('Har du inte mobilen?').click();
	await p3.locator('#recovery').fill(recovery);
	await p3.getByRole('button', { name: 'Fortsätt' }).click();
	await expect(p3).toHaveURL(/\/personal\/granskning$/);
	const fourth = await contextAs(browser, person.email, person.password);
	const p4 = await fourth.newPage();
	await p4.goto('/personal/granskning');
	await p4.getByText('Har du inte mobilen?').click();
	await p4.locator('#recovery').fill(recovery);
	await p4.getByRole('button', { name: 'Fortsätt' }).click();
	await expect(p4.getByRole('alert')).toBeVisible();
	await closeAll(admin, staff, again, third, fourth, person.context);
});
