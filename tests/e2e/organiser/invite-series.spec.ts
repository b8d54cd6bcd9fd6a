import { expect, test, type Page } from '@playwright/test';
import {
	acceptInvitation,
	addDays,
	closeAll,
	contextAs,
	ACCOUNTS,
	dbGet,
	decideOnOpenReview,
	inviteThroughUi,
	nextWeekday,
	ready,
	stockholmDateOf,
	svDate,
	todayStockholm,
	unique
} from '../pages/backoffice';

const ORGANISATION = 'Karlskoga hembygdsförening';

/** The Stockholm dates of the public page's date list (from each <time datetime>). */
async function publicDates(page: Page) {
	const isoList = await page.locator('ul.dates').first().locator('time[datetime]').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
	return isoList.map(stockholmDateOf);
}

test('an invited person sets a password, posts a weekly series, and changes go live only after review', async ({ browser }) => {
	test.setTimeout(90_000);
	const moderatorContext = await contextAs(browser, ACCOUNTS.moderator);
	const moderator = await moderatorContext.newPage();
	const personContext = await contextAs(browser, null);
	const person = await personContext.newPage();
	const visitorContext = await contextAs(browser, null);
	const visitor = await visitorContext.newPage();

	// 1. The moderator invites a new person; the link comes by e-mail (the outbox).
	const email = `${unique('inv')}@test.invalid`;
	const link = await inviteThroughUi(moderator, ORGANISATION, { name: 'Gun Ek', email });
	expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/konto\/losenord\/[A-Za-z0-9_-]{20,}$/);
	const user = dbGet<{ role: string; password_hash: string | null }>('SELECT role, password_hash FROM users WHERE email = ?', email)!;
	expect(user).toEqual({ role: 'organiser', password_hash: null });

	// 2. Choosing a password: too short, then not repeated the same, then right.
	await person.goto(link);
	await expect(person.getByText('Hej Gun Ek!')).toBeVisible();
	await ready(person);
	await person.locator('#f-password').fill('kort');
	await person.locator('#f-repeat').fill('kort');
	await person.getByRole('button', { name: 'Spara lösenordet' }).click();
	await expect(person.locator('#f-password')).toHaveAttribute('aria-invalid', 'true');
	await expect(person.locator('#f-password-error')).toHaveText(/Lösenordet behöver minst 12 tecken\./);
	await expect(person.locator('#f-password')).toHaveAttribute('aria-describedby', /f-password-error/);
	await expect(person.locator('#f-repeat')).not.toHaveAttribute('aria-invalid', 'true');

	await ready(person);
	await person.locator('#f-password').fill('ett långt lösenord 1');
	await person.locator('#f-repeat').fill('ett långt lösenord 2');
	await person.getByRole('button', { name: 'Spara lösenordet' }).click();
	await expect(person.locator('#f-repeat')).toHaveAttribute('aria-invalid', 'true');
	await expect(person.locator('#f-repeat-error')).toHaveText(/Lösenorden är inte lika\. Skriv samma lösenord två gånger\./);
	await expect(person.locator('#f-password')).not.toHaveAttribute('aria-invalid', 'true');
	// Nothing saved and the link still works after the two mistakes.
	expect(dbGet<{ h: string | null }>('SELECT password_hash AS h FROM users WHERE email = ?', email)!.h).toBeNull();

	await acceptInvitation(person, link, 'ett långt lösenord 1');
	await expect(person.getByText(`Föreningens sidor: ${ORGANISATION}`)).toBeVisible();
	// The link is single use.
	const reused = await (await contextAs(browser, null)).newPage();
	await reused.goto(link);
	await expect(reused.getByRole('alert')).toContainText('Länken fungerar inte längre');
	await reused.context().close();

	// 3. A weekly series on Wednesdays: one date excluded, a two-week break.
	const today = todayStockholm();
	const d = (n: number) => addDays(nextWeekday(addDays(today, 8), 3), 7 * n);
	const excluded = d(1);
	const [breakFrom, breakTo] = [addDays(d(3), -1), d(4)];
	const expected = [0, 2, 5, 6, 7, 8, 9, 10, 11, 12].map(d);
	const title = `Vävstuga ${unique()}`;

	await person.getByRole('link', { name: 'Ny aktivitet', exact: true }).click();
	await expect(person.getByRole('heading', { level: 1, name: 'Ny aktivitet' })).toBeVisible();
	await ready(person);
	await person.locator('#f-title').fill(title);
	await person.locator('#f-summary').fill('Vi väver trasmattor tillsammans, nybörjare välkomna.');
	await person.locator('#f-category').selectOption({ index: 1 });
	await person.locator('#f-venue').selectOption({ index: 1 });
	await person.getByLabel('Flera gånger (återkommer)').check();
	await person.getByLabel('Varje vecka eller varannan').check();
	await person.locator('input[name="weekdays"][value="3"]').check();
	await person.locator('#f-startDate').fill(d(0));
	await person.locator('#f-startTime').fill('13:00');
	await person.locator('#f-endTime').fill('15:30');
	await person.locator('#f-exceptions').fill(excluded);
	await person.locator('#f-break-0-from').fill(breakFrom);
	await person.locator('#f-break-0-to').fill(breakTo);

	// Preview first: the server expands the schedule without saving anything.
	await person.getByRole('button', { name: 'Visa kommande datum' }).click();
	const preview = person.locator('section.preview');
	await expect(preview.getByRole('heading', { name: 'Så här blir datumen' })).toBeVisible();
	// The first ten dates in view; the rest of the year behind "Visa … datum till".
	const previewItems = preview.locator('ul').first().locator('li');
	await expect(previewItems).toHaveCount(10);
	await expect(preview.locator('details summary')).toHaveText(/^Visa \d+ datum till \(ett år framåt\)$/);
	// Held dates in order; the excluded date and the break are listed as not taking place, with why.
	const held = (await preview.locator('li:not(.skipped)').allTextContents()).map((t) => t.toLowerCase());
	for (const [i, date] of expected.entries()) expect(held[i]).toBe(`${svDate(date, today)} 13:00–15:30`);
	for (const gone of [excluded, d(3), d(4)]) expect(held.join('\n')).not.toContain(svDate(gone, today));
	const skipped = (await preview.locator('li.skipped').allTextContents()).map((t) => t.toLowerCase());
	expect(skipped.find((t) => t.startsWith(svDate(excluded, today)))).toContain('blir inte av: inställt datum');
	expect(skipped.find((t) => t.startsWith(svDate(d(3), today)))).toContain('blir inte av: uppehåll');
	expect(dbGet('SELECT id FROM event_revisions WHERE title = ?', title)).toBeUndefined();
	// The preview kept what was typed.
	await expect(person.locator('#f-title')).toHaveValue(title);
	await expect(person.locator('#f-exceptions')).toHaveValue(excluded);
	await expect(person.locator('#f-break-0-to')).toHaveValue(breakTo);

	await person.getByRole('button', { name: 'Skicka för granskning' }).click();
	await expect(person).toHaveURL(/\/forening\/aktiviteter\/\d+\?skickad$/);
	const eventId = Number(/aktiviteter\/(\d+)/.exec(person.url())![1]);
	await expect(person.getByRole('status')).toHaveText('Skickat för granskning. Ni får besked via e-post.');
	await expect(person.locator('p.status .badge')).toHaveText('Väntar på granskning');
	await person.goto('/forening');
	await expect(person.getByRole('heading', { name: 'Väntar på granskning (1)' })).toBeVisible();

	// Not public before review.
	expect((await visitor.goto(`/aktiviteter/${eventId}`))!.status()).toBe(404);

	// 4. The moderator approves it from the queue.
	await moderator.goto('/personal/granskning');
	await moderator.getByRole('link', { name: title, exact: true }).click();
	await expect(moderator.getByText(`Ny aktivitet · Förening: ${ORGANISATION}`)).toBeVisible();
	await decideOnOpenReview(moderator, 'approve');

	// 5. The dates are public; the excluded date and the break are not among them.
	await visitor.goto(`/aktiviteter/${eventId}`);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
	const shown = await publicDates(visitor);
	expect(shown).toEqual(expected.concat(d(13), d(14)).slice(0, shown.length));
	expect(shown.length).toBeGreaterThanOrEqual(10);
	for (const gone of [excluded, d(3), d(4)]) expect(shown).not.toContain(gone);
	await expect(visitor.locator('ul.dates time').first()).toHaveText('13:00–15:30');

	// 6. The organiser changes the title: the public page keeps the approved version meanwhile.
	const newTitle = `${title} – ny rubrik`;
	await person.goto(`/forening/aktiviteter/${eventId}`);
	await expect(person.locator('p.status .badge')).toHaveText('Publicerad');
	await person.getByRole('link', { name: 'Ändra aktiviteten' }).click();
	await expect(person.locator('#f-title')).toHaveValue(title);
	await expect(person.locator('#f-exceptions')).toHaveValue(excluded);
	await expect(person.locator('#f-break-0-from')).toHaveValue(breakFrom);
	await ready(person);
	await person.locator('#f-title').fill(newTitle);
	await person.getByRole('button', { name: 'Skicka för granskning' }).click();
	await expect(person).toHaveURL(new RegExp(`/forening/aktiviteter/${eventId}\\?skickad$`));
	await expect(person.locator('p.status .badge')).toHaveText('Väntar på granskning');

	await visitor.goto(`/aktiviteter/${eventId}`);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(visitor.getByText(newTitle)).toHaveCount(0);

	// 7. The review page shows the change field by field; approving makes it public.
	await moderator.goto('/personal/granskning');
	await moderator.getByRole('link', { name: newTitle, exact: true }).click();
	await expect(moderator.getByText(`Ändring av publicerad aktivitet · Förening: ${ORGANISATION}`)).toBeVisible();
	const diff = moderator.locator('table.diff');
	await expect(diff.locator('tbody tr')).toHaveCount(1);
	const row = diff.locator('tbody tr', { has: moderator.getByRole('rowheader', { name: 'Rubrik' }) });
	await expect(row.locator('del')).toHaveText(title);
	await expect(row.locator('ins')).toHaveText(newTitle);
	await decideOnOpenReview(moderator, 'approve');

	await visitor.goto(`/aktiviteter/${eventId}`);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(newTitle);
	expect(await publicDates(visitor)).toEqual(shown);
	await person.goto(`/forening/aktiviteter/${eventId}`);
	await expect(person.locator('p.status .badge')).toHaveText('Publicerad');

	await closeAll(moderatorContext, personContext, visitorContext);
});
