import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdirSync, statSync } from 'node:fs';
import { ACCOUNTS, BASE_URL, ORG_A, addDays, closeAll, contextAs, dbAll, dbGet, nextWeekday, organisationId, postForm, ready, todayStockholm, unique } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

type Schedule = { kind: string; startDate: string; until?: string | null; breaks?: { from: string; to: string; label?: string }[] };

/**
 * A published demo series of the demo organiser's (untrusted) organisation with the most breaks;
 * `pick` chooses another of them, so that tests running side by side copy different series.
 */
function demoSeriesWithBreaks(pick = 0) {
	const rows = dbAll<{ id: number; title: string; schedule: string }>(
		`SELECT e.id, r.title, r.schedule FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
		 WHERE e.organisation_id = ? AND e.status = 'published' AND e.copied_from_event_id IS NULL`,
		organisationId(ORG_A.name)
	).map((r) => ({ ...r, schedule: JSON.parse(r.schedule) as Schedule }));
	const series = rows.filter((r) => r.schedule.kind !== 'once' && (r.schedule.breaks ?? []).length >= 2).sort((a, b) => b.schedule.breaks!.length - a.schedule.breaks!.length);
	expect(series.length).toBeGreaterThan(pick);
	return series[pick];
}

/**
 * axe needs script in the page, so a page seen without JavaScript is checked as its HTML, in a
 * page of the same origin whose app scripts are blocked (nothing hydrates: what no-JS users get).
 */
async function expectNoAxeViolationsWithoutJs(browser: Browser, seen: Page, width: number) {
	const html = await seen.content();
	const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width, height: 900 }, locale: 'sv-SE' });
	await context.route('**/*.js', (route) => route.abort());
	const page = await context.newPage();
	await page.goto('/tillganglighet');
	await page.setContent(html, { waitUntil: 'load' });
	await expectNoAxeViolations(page);
	await context.close();
}

for (const width of [1280, 390]) {
	test(`Ny termin from a demo series with breaks: one submission with the breaks adjusted, seen by the moderator (${width} px)`, async ({ browser }) => {
		test.setTimeout(90_000);
		const source = demoSeriesWithBreaks(width === 1280 ? 0 : 1);
		const context = await contextAs(browser, ACCOUNTS.organiser, undefined, { viewport: { width, height: 900 } });
		const page = await context.newPage();
		await page.goto(`/forening/aktiviteter/${source.id}`);
		await page.getByRole('link', { name: 'Ny termin' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ny termin: ${source.title}`);
		await ready(page);
		// What happens to every break is said on screen before anything is sent.
		const listed = await page.locator('ul.breaks > li').count();
		const summed = await page.locator('details.duplicates li').count();
		expect(listed + summed).toBe(source.schedule.breaks!.length);
		await expect(page.locator('ul.breaks')).toContainText(/flyttat till samma vecka|kortat till terminen|tas bort/);
		await expectNoAxeViolations(page);

		const term = await page.locator('input[name="termin"]:checked').inputValue();
		const key = await page.locator('input[name="nyckel"]').inputValue();
		const from = await page.locator('input[name="from"]').inputValue();
		const to = await page.locator('input[name="to"]').inputValue();
		expect(term).toMatch(/^(vt|ht)\d{4}$/);
		// Copies of this series only: other tests create events at the same time.
		const copies = () => dbGet<{ n: number }>('SELECT count(*) AS n FROM events WHERE copied_from_event_id = ?', source.id)!.n;
		const copiesBefore = copies();
		await page.getByRole('button', { name: 'Skicka in den nya terminen' }).click();
		await expect(page).toHaveURL(/\/forening\/aktiviteter\/\d+\?skickad&ny-termin$/);
		await expect(page.getByRole('status')).toHaveText('Den nya terminen är skickad för granskning.');
		const copyId = Number(/aktiviteter\/(\d+)/.exec(page.url())![1]);
		expect(copyId).not.toBe(source.id);
		await expectNoAxeViolations(page);

		// One copy, one revision waiting for review, its breaks inside the new term.
		const revisions = dbAll<{ id: number; status: string; schedule: string }>('SELECT id, status, schedule FROM event_revisions WHERE event_id = ?', copyId);
		expect(revisions).toHaveLength(1);
		expect(revisions[0].status).toBe('pending');
		const copied = JSON.parse(revisions[0].schedule) as Schedule;
		expect(copied).toMatchObject({ startDate: from, until: to });
		for (const b of copied.breaks ?? []) expect(b.from >= from && b.to <= to).toBe(true);

		// The same form posted again (a double click, a reload) gives no second copy.
		const again = await postForm(context.request, `/forening/aktiviteter/${source.id}/ny-termin`, { nyckel: key, from, to });
		expect(again.status()).toBe(303);
		expect(again.headers()['location']).toContain(`/forening/aktiviteter/${copyId}?`);
		expect(copies()).toBe(copiesBefore + 1);

		// The moderator finds it in the review queue and sees the new term's breaks.
		const staff = await contextAs(browser, ACCOUNTS.moderator, undefined, { viewport: { width, height: 900 } });
		const review = await staff.newPage();
		await review.goto(`/personal/granskning/${revisions[0].id}`);
		await expect(review.getByRole('heading', { level: 1 })).toContainText(source.title);
		await expect(review.locator('p.new-term')).toContainText('Ny termin: en kopia av en serie');
		const shown = (copied.breaks ?? []).map((b) => `${b.from} – ${b.to}`).join(', ');
		if (shown) await expect(review.locator('dl.fields')).toContainText(shown);
		await expect(review.locator('dl.fields')).toContainText(`${from} – ${to}`);
		await expectNoAxeViolations(review);
		await review.goto(`/personal/granskning?forening=${organisationId(ORG_A.name)}`);
		await expect(review.locator(`a[href^="/personal/granskning/${revisions[0].id}"]`).first()).toBeVisible();
		await closeAll(context, staff);
	});

	test(`Kopiera aktivitet: a new form prefilled from a demo series, dates that are over left empty (${width} px)`, async ({ browser }) => {
		test.setTimeout(90_000);
		const source = demoSeriesWithBreaks();
		const context = await contextAs(browser, ACCOUNTS.organiser, undefined, { viewport: { width, height: 900 } });
		const page = await context.newPage();
		await page.goto(`/forening/aktiviteter/${source.id}`);
		await page.getByRole('link', { name: 'Kopiera aktivitet' }).click();
		await expect(page).toHaveURL(new RegExp(`/forening/aktiviteter/ny\\?kopia=${source.id}&nyckel=[\\w-]{16,}$`));
		await expect(page.getByRole('heading', { level: 1, name: 'Ny aktivitet' })).toBeVisible();
		await expect(page.locator('p.notice[role="status"]')).toContainText(`Kopia av ”${source.title}”`);
		await expect(page.locator('#f-title')).toHaveValue(source.title);
		await expect(page.locator('input[name="occurs"][value="repeat"]')).toBeChecked();
		if (source.schedule.startDate < todayStockholm()) await expect(page.locator('#f-startDate')).toHaveValue('');
		await ready(page);
		await expectNoAxeViolations(page);
		await closeAll(context);
	});

	test(`a one-off event after answering "En gång": no weekday error, the preview before the rest is filled in (${width} px)`, async ({ browser }) => {
		test.setTimeout(90_000);
		const context = await contextAs(browser, ACCOUNTS.organiser, undefined, { viewport: { width, height: 900 } });
		const page = await context.newPage();
		await page.goto('/forening/aktiviteter/ny');
		await ready(page);
		// No default answer; until there is one, none of the date fields are shown.
		await expect(page.locator('input[name="occurs"]:checked')).toHaveCount(0);
		await expect(page.locator('#f-startDate')).toBeHidden();
		await expect(page.locator('#f-weekdays')).toBeHidden();
		// Contact details come from the organisation's profile.
		const org = dbGet<{ contactName: string | null; email: string | null }>('SELECT contact_name AS contactName, email FROM organisations WHERE name = ?', ORG_A.name)!;
		if (org.contactName) await expect(page.locator('#f-contactName')).toHaveValue(org.contactName);
		if (org.email) await expect(page.locator('#f-contactEmail')).toHaveValue(org.email);
		await expectNoAxeViolations(page);

		await page.getByLabel('En gång', { exact: true }).check();
		await expect(page.locator('#f-weekdays')).toBeHidden();
		await expect(page.locator('#f-break-0-from')).toBeHidden();
		await expect(page.getByLabel('Datum', { exact: true })).toBeVisible();
		const day = nextWeekday(addDays(todayStockholm(), 10), 6);
		await page.getByLabel('Datum', { exact: true }).fill(day);
		await page.locator('#f-startTime').fill('14:00');
		await page.locator('#f-endTime').fill('17:00');
		// The preview works with only the date filled in.
		await page.getByRole('button', { name: 'Visa kommande datum' }).click();
		await expect(page.locator('section.preview li')).toHaveCount(1);
		await expect(page.locator('.error-summary')).toHaveCount(0);
		await ready(page);
		await expectNoAxeViolations(page);

		const title = `Julfest ${unique()}`;
		await page.locator('#f-title').fill(title);
		await page.locator('#f-summary').fill('Vi firar jul med glögg och pepparkakor.');
		await page.locator('#f-category').selectOption({ index: 1 });
		await page.locator('#f-venue').selectOption('telefon');
		await page.getByRole('button', { name: 'Skicka för granskning' }).click();
		await expect(page).toHaveURL(/\/forening\/aktiviteter\/\d+\?skickad/);
		await expect(page.getByText('Välj minst en veckodag')).toHaveCount(0);
		const id = Number(/aktiviteter\/(\d+)/.exec(page.url())![1]);
		const saved = JSON.parse(dbGet<{ schedule: string }>('SELECT r.schedule FROM events e JOIN event_revisions r ON r.id = e.latest_revision_id WHERE e.id = ?', id)!.schedule) as Schedule;
		expect(saved).toMatchObject({ kind: 'once', startDate: day });
		await closeAll(context);
	});

	test(`the event form without JavaScript: a missing answer is an error next to the question, nothing typed is lost (${width} px)`, async ({ browser }) => {
		test.setTimeout(90_000);
		const context = await contextAs(browser, ACCOUNTS.organiser, undefined, { viewport: { width, height: 900 }, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/forening/aktiviteter/ny');
		// Both groups show without JavaScript.
		await expect(page.locator('#f-startDate')).toBeVisible();
		await expect(page.locator('#f-weekdays')).toBeVisible();
		await expectNoAxeViolationsWithoutJs(browser, page, width);
		const title = `Vårfest ${unique()}`;
		await page.locator('#f-title').fill(title);
		await page.locator('#f-summary').fill('Vi välkomnar våren med sång.');
		await page.locator('#f-category').selectOption({ index: 1 });
		await page.locator('#f-venue').selectOption('telefon');
		const day = nextWeekday(addDays(todayStockholm(), 12), 6);
		await page.locator('#f-startDate').fill(day);
		await page.getByRole('button', { name: 'Skicka för granskning' }).click();
		await expect(page.locator('#f-scheduleKind-error')).toHaveText(/Svara om aktiviteten är en gång eller flera gånger\./);
		await expect(page.locator('#f-weekdays-error')).toHaveCount(0);
		await expect(page.locator('#f-title')).toHaveValue(title);
		await expectNoAxeViolationsWithoutJs(browser, page, width);
		await page.getByLabel('En gång', { exact: true }).check();
		await page.getByRole('button', { name: 'Skicka för granskning' }).click();
		await expect(page).toHaveURL(/\/forening\/aktiviteter\/\d+\?skickad/);
		await closeAll(context);
	});
}

test('the term programme prints on A4', async ({ browser }) => {
	test.setTimeout(90_000);
	const context = await contextAs(browser, ACCOUNTS.organiser, undefined, { viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.goto('/forening/program');
	await expect(page.getByRole('heading', { level: 1, name: 'Terminsprogram' })).toBeVisible();
	await expect(page.locator('section.entry').first()).toBeVisible();
	await expectNoAxeViolations(page);
	await page.setViewportSize({ width: 390, height: 900 });
	await expectNoAxeViolations(page);
	await page.setViewportSize({ width: 1280, height: 900 });
	mkdirSync('tests/.tmp', { recursive: true });
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.area-head')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
	const file = `tests/.tmp/term-programme-${process.env.E2E_PORT ?? 'x'}.pdf`;
	await page.pdf({ path: file, format: 'A4', printBackground: true });
	expect(statSync(file).size).toBeGreaterThan(10_000);
	await closeAll(context);
});
