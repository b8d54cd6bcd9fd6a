import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS, closeAll, contextAs, dbGet, latestMail, ready, unique } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

// The settings apply to the whole site: one width after the other, and put back at the end.
test.describe.configure({ mode: 'serial' });

const REPORT = '/personal/rapporter?per=venue&och=category';
const hiddenCells = (page: Page) => page.locator('td.num', { hasText: /^dolt$/ }).count();

async function save(page: Page, values: Record<string, string>) {
	for (const [name, value] of Object.entries(values)) await page.locator(`#${name}`).fill(value);
	await page.getByRole('button', { name: 'Spara inställningarna' }).click();
}

for (const width of [1280, 390]) {
	test(`admin settings: a bad value is refused beside its field, saved values are used by the footer, the staff inbox and the reports (${width} px)`, async ({ browser }) => {
		test.setTimeout(90_000);
		const admin = await contextAs(browser, ACCOUNTS.admin, undefined, { viewport: { width, height: 900 } });
		const page = await admin.newPage();
		await page.goto(REPORT);
		const hiddenBefore = await hiddenCells(page);
		await expect(page.locator('#report-method')).toContainText('antal under 5 deltagare');

		await page.goto('/personal/installningar');
		await page.getByRole('link', { name: /Systeminställningar/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Systeminställningar' })).toBeVisible();
		await ready(page);
		await expectNoAxeViolations(page);
		const original = Object.fromEntries(
			await Promise.all(['retentionDays', 'suppressBelow', 'staffInbox', 'municipalityName', 'municipalityPhone', 'municipalityEmail'].map(async (n) => [n, await page.locator(`#${n}`).inputValue()]))
		) as Record<string, string>;

		// An unchanged form writes nothing.
		const logBefore = dbGet<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE action = 'settings.changed'`)!.n;
		await page.getByRole('button', { name: 'Spara inställningarna' }).click();
		await expect(page.getByRole('status')).toHaveText('Inget var ändrat, så inget sparades.');
		expect(dbGet<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE action = 'settings.changed'`)!.n).toBe(logBefore);

		// Bad values: a summary (focused) links to each field, each is said next to its field, and what was typed stays.
		await ready(page);
		await save(page, { suppressBelow: '1', staffInbox: 'inte-en-adress' });
		await expect(page.locator('#suppressBelow-error')).toContainText('mellan 3 och 50');
		await expect(page.locator('#staffInbox-error')).toContainText('e-postadress');
		await expect(page.locator('.error-summary')).toBeFocused();
		await expect(page.locator('.error-summary a')).toHaveText([/mellan 3 och 50/, /e-postadress/]);
		await expect(page.locator('.error-summary a').first()).toHaveAttribute('href', '#suppressBelow');
		await expect(page.locator('#staffInbox')).toHaveValue('inte-en-adress');
		await expectNoAxeViolations(page);

		const inbox = `${unique('inkorg')}@kommun.invalid`;
		const phone = width === 1280 ? '0586-123 45' : '0586-543 21';
		await ready(page);
		await save(page, { suppressBelow: '50', staffInbox: inbox, municipalityPhone: phone });
		await expect(page.getByRole('status')).toHaveText('Sparat. Ändringen gäller från och med nu.');
		await expect(page.locator('#suppressBelow')).toHaveValue('50');
		await expectNoAxeViolations(page);

		// Used: the footer's phone, the next accessibility report goes to the new inbox, the report hides more.
		const visitor = await browser.newContext({ viewport: { width, height: 900 } });
		const resident = await visitor.newPage();
		await resident.goto('/tillganglighet');
		await expect(resident.locator('.footer-phone')).toHaveText(phone);
		await expect(resident.locator('.prose a.tel')).toHaveText(phone);
		await ready(resident);
		const message = `Kartan går inte att använda med tangentbord ${unique()}`;
		await resident.locator('#report-message').fill(message);
		await resident.getByRole('button', { name: 'Skicka rapporten' }).click();
		await expect(resident.getByRole('status').first()).toBeVisible();
		expect((await latestMail(inbox)).body).toContain(message);

		await page.goto(REPORT);
		await expect(page.locator('#report-method')).toContainText('antal under 50 deltagare');
		expect(await hiddenCells(page)).toBeGreaterThan(hiddenBefore);

		// Put everything back for the other tests.
		await page.goto('/personal/installningar/system');
		await ready(page);
		await save(page, original);
		await expect(page.getByRole('status')).toHaveText('Sparat. Ändringen gäller från och med nu.');
		await closeAll(admin, visitor);
	});
}

test('a moderator cannot open or post the settings', async ({ browser }) => {
	const moderator = await contextAs(browser, ACCOUNTS.moderator);
	const page = await moderator.newPage();
	await page.goto('/personal/installningar');
	await expect(page.getByRole('link', { name: /Systeminställningar/ })).toHaveCount(0);
	const res = await page.goto('/personal/installningar/system');
	expect(res?.status()).toBe(403);
	await closeAll(moderator);
});
