import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	ACCOUNTS,
	addDays,
	closeAll,
	contextAs,
	dbGet,
	eventForm,
	nextWeekday,
	postForm,
	ready,
	todayStockholm,
	unique
} from '../pages/backoffice';

/** The field has aria-invalid, and its message sits in the same .field next to it and describes it. */
async function expectFieldError(page: Page, field: string, message: string | RegExp) {
	const input = page.locator(`#f-${field}`);
	await expect(input, field).toHaveAttribute('aria-invalid', 'true');
	await expect(input, field).toHaveAttribute('aria-describedby', new RegExp(`(^| )f-${field}-error( |$)`));
	const box = page.locator('div.field').filter({ has: input });
	await expect(box.locator(`#f-${field}-error`), field).toHaveText(typeof message === 'string' ? new RegExp(`${escape(message)}$`) : message);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openNewEventForm(browser: Browser, javaScriptEnabled: boolean) {
	const context = await contextAs(browser, ACCOUNTS.organiser, undefined, { javaScriptEnabled });
	const page = await context.newPage();
	await page.goto('/forening/aktiviteter/ny');
	await expect(page.getByRole('heading', { level: 1, name: 'Ny aktivitet' })).toBeVisible();
	if (javaScriptEnabled) await ready(page);
	return { context, page };
}

/** Wrong input in every field at once; each gets its message and everything typed is kept. */
async function everyFieldWrong(page: Page, javaScriptEnabled: boolean) {
	const marker = unique('desc');
	const start = nextWeekday(addDays(todayStockholm(), 10), 4);
	const typed = {
		title: 'ab',
		description: `Beskrivning ${marker}`,
		easyRead: 'Vi ses och pratar.',
		remoteDetails: 'Ring in på 0586-100 00',
		startDate: start,
		startTime: '14:00',
		endTime: '13:00',
		until: addDays(start, -7),
		exceptions: '2026-02-30',
		'break-0-from': addDays(start, 30),
		costAmount: 'tjugo',
		costNote: 'för kaffe',
		signupHow: '',
		capacity: 'många',
		accessibilityNotes: 'Två trappsteg vid entrén.',
		contactName: 'Anna Berg',
		contactPhone: 'ring mig',
		contactEmail: 'anna@'
	};
	// "En gång eller flera gånger?" is answered first: with JavaScript the date fields show after it.
	await page.getByLabel('Flera gånger (återkommer)').check();
	for (const [name, value] of Object.entries(typed)) await page.locator(`#f-${name}`).fill(value);
	await page.locator('#f-summary').fill('   ');
	await page.getByLabel('Varje vecka eller varannan').check();
	await page.locator('#f-frequency').selectOption('2');
	await page.getByLabel('Kostar pengar').check();
	await page.getByLabel('Lunch serveras').check();
	await page.getByLabel('Anmälan krävs').check();
	const audience = page.locator('input[name="audiences"]').nth(1);
	await audience.check();
	const audienceValue = await audience.getAttribute('value');
	await page.locator('input[name="languages"][value="fi"]').check();

	await page.getByRole('button', { name: 'Spara utkast' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Ny aktivitet' })).toBeVisible();

	const expected: Record<string, string> = {
		title: 'Rubriken behöver minst 3 tecken.',
		summary: 'Skriv en kort sammanfattning i en mening.',
		category: 'Välj typ av aktivitet.',
		venue: 'Välj var aktiviteten är.',
		endTime: 'Sluttiden behöver vara efter starttiden.',
		until: 'Slutdatumet behöver vara efter startdatumet.',
		exceptions: '”2026-02-30” är inget datum. Skriv datum som 2026-12-24, ett per rad.',
		'break-0-to': 'Skriv sista dagen i uppehållet.',
		costAmount: 'Skriv vad det kostar i hela kronor, till exempel 20.',
		capacity: 'Skriv antal platser som en siffra, till exempel 12.',
		signupHow: 'Skriv hur man anmäler sig, till exempel ”Ring Anna på 0586-123 45”.',
		contactPhone: 'Skriv telefonnumret med siffror, till exempel 0586-123 45.',
		contactEmail: 'Skriv en hel e-postadress, till exempel anna@exempel.se.'
	};
	for (const [field, message] of Object.entries(expected)) await expectFieldError(page, field, message);
	// No weekday: the message is inside the "Veckodag" group, above its checkboxes.
	const weekdays = page.locator('xpath=//fieldset[legend[normalize-space()="Veckodag"]]');
	await expect(weekdays.locator('.field-error')).toHaveText('Välj minst en veckodag.');

	// The summary at the top lists every message and links to its field.
	const summary = page.locator('.error-summary');
	await expect(summary.getByRole('heading', { name: 'Rätta det här innan du sparar:' })).toBeVisible();
	const links = await summary.locator('li a').evaluateAll((as) => as.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? ''] as const));
	expect(new Map(links)).toEqual(
		new Map([...Object.entries(expected), ['weekdays', 'Välj minst en veckodag.']].map(([f, m]) => [`#f-${f}`, m]))
	);
	if (javaScriptEnabled) await expect(summary).toBeFocused();

	// Fields that were right are not marked.
	for (const field of ['description', 'easyRead', 'startDate', 'startTime', 'contactName', 'accessibilityNotes', 'break-0-from'])
		await expect(page.locator(`#f-${field}`), field).not.toHaveAttribute('aria-invalid', 'true');

	// Everything typed is still there.
	for (const [name, value] of Object.entries(typed)) await expect(page.locator(`#f-${name}`), name).toHaveValue(value);
	await expect(page.locator('#f-summary')).toHaveValue('   ');
	await expect(page.getByLabel('Flera gånger (återkommer)')).toBeChecked();
	await expect(page.getByLabel('Varje vecka eller varannan')).toBeChecked();
	await expect(page.locator('#f-frequency')).toHaveValue('2');
	await expect(page.getByLabel('Kostar pengar')).toBeChecked();
	await expect(page.getByLabel('Lunch serveras')).toBeChecked();
	await expect(page.getByLabel('Anmälan krävs')).toBeChecked();
	await expect(page.locator(`input[name="audiences"][value="${audienceValue}"]`)).toBeChecked();
	await expect(page.locator('input[name="languages"][value="fi"]')).toBeChecked();
	await expect(page.locator('input[name="languages"][value="sv"]')).toBeChecked();
	await expect(page.locator('input[name="weekdays"]:checked')).toHaveCount(0);
	await expect(page.locator('#f-category')).toHaveValue('');
	await expect(page.locator('#f-venue')).toHaveValue('');

	// Nothing was saved.
	expect(dbGet('SELECT id FROM event_revisions WHERE description = ?', typed.description)).toBeUndefined();
}

test('every wrong field gets its Swedish message next to it and every value is kept', async ({ browser }) => {
	const { context, page } = await openNewEventForm(browser, true);
	await everyFieldWrong(page, true);
	await closeAll(context);
});

test('the same without JavaScript', async ({ browser }) => {
	const { context, page } = await openNewEventForm(browser, false);
	await everyFieldWrong(page, false);
	await closeAll(context);
});

test('chosen lists stay chosen, and a new venue is checked field by field', async ({ browser }) => {
	const { context, page } = await openNewEventForm(browser, true);
	await page.locator('#f-category').selectOption({ index: 2 });
	const category = await page.locator('#f-category').inputValue();
	await page.locator('#f-venue').selectOption('ny');
	await page.locator('#f-newVenueName').fill('ab');
	await page.locator('#f-newVenuePostcode').fill('691 31');
	await page.locator('#f-newVenueLat').fill('80');
	await page.locator('#f-newVenueLng').fill('öst');
	await page.getByLabel('En gång', { exact: true }).check();
	await page.locator('#f-startDate').fill(addDays(todayStockholm(), 5));
	await page.getByRole('button', { name: 'Skicka för granskning' }).click();

	await expectFieldError(page, 'title', 'Skriv vad aktiviteten heter.');
	await expectFieldError(page, 'newVenueName', 'Skriv platsens namn.');
	await expectFieldError(page, 'newVenueAddress', 'Skriv gatuadressen.');
	await expectFieldError(page, 'newVenueDistrict', 'Välj stadsdel.');
	await expectFieldError(page, 'newVenueLat', 'Latitud ska vara ett tal mellan 55 och 69,5 (Sverige).');
	await expectFieldError(page, 'newVenueLng', 'Longitud ska vara ett tal mellan 10 och 24,5 (Sverige).');
	await expect(page.locator('#f-category')).toHaveValue(category);
	await expect(page.locator('#f-category')).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#f-venue')).toHaveValue('ny');
	await expect(page.locator('#f-newVenuePostcode')).toHaveValue('691 31');
	await expect(page.getByLabel('En gång', { exact: true })).toBeChecked();
	// "Once" needs no weekday.
	await expect(page.locator('.error-summary li')).toHaveCount(7);
	await expect(page.locator('.error-summary')).toContainText('Skriv en kort sammanfattning i en mening.');
	await closeAll(context);
});

test('dates and times a date input cannot hold are refused by the server and echoed back', async ({ browser }) => {
	const context = await contextAs(browser, ACCOUNTS.organiser, undefined, { javaScriptEnabled: false });
	const title = `Datumfel ${unique()}`;
	const res = await postForm(
		context.request,
		'/forening/aktiviteter/ny',
		eventForm({ title, startDate: '2026-13-45', startTime: '25:00', until: '2026-02-30', 'break-0-from': '2027-01-10', 'break-0-to': '2027-01-02' })
	);
	expect(res.status()).toBe(400);
	expect(dbGet('SELECT id FROM event_revisions WHERE title = ?', title)).toBeUndefined();

	// Read the answer as a browser would show it.
	const page = await context.newPage();
	await page.setContent(await res.text());
	await expectFieldError(page, 'startDate', 'Skriv datumet som år-månad-dag, till exempel 2026-12-01.');
	await expectFieldError(page, 'startTime', 'Skriv starttiden som tt:mm, till exempel 10:00.');
	await expectFieldError(page, 'until', 'Skriv slutdatumet som år-månad-dag, till exempel 2026-12-01.');
	await expectFieldError(page, 'break-0-to', 'Sista dagen behöver vara samma dag som den första eller senare.');
	await expect(page.locator('#f-startDate')).toHaveAttribute('value', '2026-13-45');
	await expect(page.locator('#f-startTime')).toHaveAttribute('value', '25:00');
	await expect(page.locator('#f-title')).toHaveAttribute('value', title);
	await expect(page.locator('#f-title')).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#f-endTime')).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('input[name="weekdays"][value="3"]')).toHaveAttribute('checked', '');
	await expect(page.locator('#f-category option[selected]')).toHaveAttribute('value', 'motion');
	await closeAll(context);
});
