import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { ACCOUNTS, closeAll, contextAs, ready } from '../pages/backoffice';
import { lix } from '../../../src/lib/domain/lix';

/**
 * The easy-read field of the event form: how to write one, and a LIX figure with a plain verdict and
 * the target length — live as the organiser types, and worked out by the server after "Räkna LIX"
 * without JavaScript. Templates come with an easy-read text.
 */
const HARD = 'Verksamheten bedrivs i samverkan mellan kommunens förebyggande enhet och civilsamhällets organisationer.';
const EASY = 'Vi fikar på måndagar.\nDet kostar inget.\nDu kan komma när du vill.\nAlla är välkomna.';

test('with JavaScript the LIX figure follows the text as it is typed; a template comes with an easy-read text', async ({ browser }) => {
	test.setTimeout(120_000);
	const context = await contextAs(browser, ACCOUNTS.organiser);
	try {
		const page = await context.newPage();
		await page.goto('/forening/aktiviteter/ny?mall=balans');
		await ready(page);
		const field = page.getByLabel(/^Lättläst sammanfattning/);
		const lixBox = page.getByTestId('lix');
		const template = await field.inputValue();
		expect(template.split('\n').length).toBeGreaterThanOrEqual(3);
		await expect(lixBox).toContainText(`LIX ${lix(template).lix}:`);
		await expect(lixBox).toContainText(/Lätt att läsa|Mycket lätt att läsa/);
		await expect(page.getByText('En mening på varje rad.')).toBeVisible();
		await expect(page.getByText('Sikta på 3–8 korta meningar och ett LIX under 30.')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Räkna LIX' })).toHaveCount(0);

		await field.fill(HARD);
		await expect(lixBox).toContainText(`LIX ${lix(HARD).lix}: Svår att läsa.`);
		await expect(lixBox).toContainText('1 mening – skriv gärna minst 3.');
		await field.fill(EASY);
		await expect(lixBox).toContainText(`LIX ${lix(EASY).lix}: Mycket lätt att läsa. Bra!`);
		await expect(lixBox).toContainText('4 meningar – bra längd.');
		await expect(field).toHaveAttribute('aria-describedby', /f-easyRead-lix/);
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 900 });
			await expectNoAxeViolations(page);
		}
		// After a post (the preview of the dates) the server renders the same figure. axe needs JavaScript,
		// so the page without it is checked here in its server-rendered state.
		await page.getByRole('button', { name: 'Visa kommande datum' }).click();
		await expect(page.getByRole('alert')).toBeVisible(); // the template has no start date yet
		await expect(lixBox).toContainText(`LIX ${lix(EASY).lix}: Mycket lätt att läsa. Bra!`);
		await ready(page);
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 900 });
			await expectNoAxeViolations(page);
		}
	} finally {
		await closeAll(context);
	}
});

test('without JavaScript "Räkna LIX" posts the form and the server shows the figure, keeping what was typed', async ({ browser }) => {
	test.setTimeout(120_000);
	const context = await contextAs(browser, ACCOUNTS.organiser, undefined, { javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		await page.goto('/forening/aktiviteter/ny');
		await expect(page.getByTestId('lix')).toContainText('Skriv texten här, så räknas LIX ut.');
		await page.locator('#f-title').fill('Måndagsfika');
		await page.getByLabel(/^Lättläst sammanfattning/).fill(HARD);
		await page.getByRole('button', { name: 'Räkna LIX' }).click();
		await expect(page.getByTestId('lix')).toContainText(`LIX ${lix(HARD).lix}: Svår att läsa.`);
		await expect(page.getByLabel(/^Lättläst sammanfattning/)).toHaveValue(HARD);
		await expect(page.locator('#f-title')).toHaveValue('Måndagsfika');
		await expect(page.locator('.error-summary, [role=alert]')).toHaveCount(0);
		// The preview of the dates shows the figure too (here with the schedule's errors, as nothing else is filled in).
		await page.getByLabel(/^Lättläst sammanfattning/).fill(EASY);
		await page.getByRole('button', { name: 'Visa kommande datum' }).click();
		await expect(page.getByTestId('lix')).toContainText(`LIX ${lix(EASY).lix}: Mycket lätt att läsa. Bra!`);
	} finally {
		await closeAll(context);
	}
});
