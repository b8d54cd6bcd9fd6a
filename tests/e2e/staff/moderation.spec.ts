import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
	ACCOUNTS,
	acceptInvitation,
	addDays,
	closeAll,
	contextAs,
	createEventByRequest,
	dbGet,
	decideInQueue,
	decideOnOpenReview,
	latestMail,
	linkIn,
	newOrganiser,
	nextWeekday,
	postForm,
	ready,
	todayStockholm,
	unique
} from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

/** Log rows (action, summary) whose summary mentions `text`, from the page and from the CSV. */
async function logRows(moderator: Page, text: string) {
	await moderator.goto('/personal/logg');
	await expect(moderator.getByRole('heading', { level: 1, name: 'Logg' })).toBeVisible();
	const rows = moderator.locator('tbody tr').filter({ hasText: text });
	// The log shows a Swedish name for each action; the code is kept in data-action.
	return (await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.dataset.action ?? td.textContent ?? '')))).map((c) => ({
		who: c[1],
		action: c[2],
		summary: c[3]
	}));
}

/** Parses the CSV of /personal/logg.csv (semicolons, RFC 4180 quoting, CRLF, BOM). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [], cell = '', quoted = false;
	const s = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (quoted) {
			if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
			else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ';') row.push(cell), (cell = '');
		else if (c === '\r' && s[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
		else cell += c;
	}
	if (cell || row.length) row.push(cell), rows.push(row);
	return rows;
}

async function csvRows(api: APIRequestContext, text: string) {
	const res = await api.get('/personal/logg.csv');
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
	const [header, ...rows] = parseCsv(await res.text());
	expect(header).toEqual(['tid (svensk tid)', 'vem', 'händelse', 'vad', 'kod', 'objekt', 'id', 'tid (UTC)']);
	return rows
		.filter((r) => r[3].includes(text))
		.map((r) => ({ local: r[0], who: r[1], label: r[2], summary: r[3], action: r[4], entity: r[5], id: r[6], at: r[7] }));
}

test('request changes → organiser edits and resubmits → diff → approve; every step is logged', async ({ browser }) => {
	test.setTimeout(90_000);
	const orgContext = await contextAs(browser, ACCOUNTS.organiser);
	const organiser = await orgContext.newPage();
	const modContext = await contextAs(browser, ACCOUNTS.moderator);
	const moderator = await modContext.newPage();
	const visitor = await (await contextAs(browser, null)).newPage();
	const title = `Boule ${unique()}`;

	const eventId = await createEventByRequest(orgContext.request, { title, summary: 'Boule på grusplanen.' });

	// A request for changes needs a message.
	await moderator.goto('/personal/granskning');
	await moderator.getByRole('link', { name: title, exact: true }).click();
	await expect(moderator.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await ready(moderator);
	await moderator.getByLabel('Begär ändringar', { exact: true }).check();
	await moderator.getByRole('button', { name: 'Beslut' }).click();
	await expect(moderator.locator('#f-message')).toHaveAttribute('aria-invalid', 'true');
	await expect(moderator.locator('#f-message-error')).toHaveText('Skriv vad föreningen behöver ändra.');
	const first = 'Skriv var på grusplanen ni samlas.';
	await decideOnOpenReview(moderator, 'request_changes', { message: first });

	// The organiser sees the status and the message on the dashboard and on the event.
	await organiser.goto('/forening');
	const card = organiser.locator('li.card').filter({ hasText: title });
	await expect(card.locator('.badge')).toHaveText('Ändringar behövs');
	await expect(card).toContainText(`Meddelande från kommunen: ${first}`);
	await expect(organiser.locator('section', { has: card }).getByRole('heading', { level: 2 })).toHaveText(/^Ändringar behövs \(\d+\)$/);
	await card.getByRole('link', { name: title }).click();
	await expect(organiser.locator('p.status .badge')).toHaveText('Ändringar behövs');
	await expect(organiser.getByRole('note')).toContainText(first);
	expect((await latestMail(ACCOUNTS.organiser, new RegExp(`^Ändringar behövs: ${title}$`))).body).toContain(first);

	// Edit and resubmit; the moderator approves the (never published) activity.
	await organiser.getByRole('link', { name: 'Ändra aktiviteten' }).click();
	await expect(organiser.locator('#f-title')).toHaveValue(title);
	await ready(organiser);
	await organiser.locator('#f-summary').fill('Boule på grusplanen vid Alkvettern, vi samlas vid bänken.');
	await organiser.getByRole('button', { name: 'Skicka för granskning' }).click();
	await expect(organiser.locator('p.status .badge')).toHaveText('Väntar på granskning');
	await decideInQueue(moderator, title, 'approve');
	await visitor.goto(`/aktiviteter/${eventId}`);
	await expect(visitor.locator('p.lead')).toHaveText('Boule på grusplanen vid Alkvettern, vi samlas vid bänken.');

	// A change to the published activity: changes requested again, then fixed.
	await organiser.goto(`/forening/aktiviteter/${eventId}/redigera`);
	await ready(organiser);
	await organiser.locator('#f-summary').fill('Boule varje onsdag.');
	await organiser.locator('#f-startTime').fill('14:00');
	await organiser.locator('#f-endTime').fill('16:00');
	await organiser.getByRole('button', { name: 'Skicka för granskning' }).click();
	const second = 'Behåll platsen i sammanfattningen.';
	await decideInQueue(moderator, title, 'request_changes', { message: second });
	await organiser.goto('/forening');
	await expect(organiser.locator('li.card').filter({ hasText: title })).toContainText(`Meddelande från kommunen: ${second}`);
	await organiser.goto(`/forening/aktiviteter/${eventId}`);
	await expect(organiser.locator('p.status .badge')).toHaveText('Ändringar behövs');
	await expect(organiser.getByRole('note')).toContainText(second);
	// Still the approved version in public meanwhile.
	await visitor.goto(`/aktiviteter/${eventId}`);
	await expect(visitor.locator('p.lead')).toHaveText('Boule på grusplanen vid Alkvettern, vi samlas vid bänken.');

	await organiser.getByRole('link', { name: 'Ändra aktiviteten' }).click();
	await expect(organiser.locator('#f-summary')).toHaveValue('Boule varje onsdag.');
	await ready(organiser);
	await organiser.locator('#f-summary').fill('Boule varje onsdag vid Alkvettern.');
	await organiser.getByRole('button', { name: 'Skicka för granskning' }).click();
	await expect(organiser.locator('p.status .badge')).toHaveText('Väntar på granskning');

	await moderator.goto('/personal/granskning');
	await moderator.getByRole('link', { name: title, exact: true }).click();
	await expect(moderator.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(moderator.getByText(/^Ändring av publicerad aktivitet · Förening: /)).toBeVisible();
	const diff = moderator.locator('table.diff tbody tr');
	await expect(diff).toHaveCount(2);
	const changed = await diff.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('del')!.textContent, tr.querySelector('ins')!.textContent]));
	expect(changed).toContainEqual(['Sammanfattning', 'Boule på grusplanen vid Alkvettern, vi samlas vid bänken.', 'Boule varje onsdag vid Alkvettern.']);
	expect(changed.map((c) => c[0])).toEqual(['Sammanfattning', 'Tider']);
	expect(changed[1][1]).toContain('10:00');
	expect(changed[1][2]).toContain('14:00');
	// Since the moderator asked: only the summary (the times were changed before the request).
	const sinceSection = moderator.locator('section.since');
	await expect(sinceSection.getByRole('heading', { level: 2 })).toHaveText('Ändrat sedan kommunens senaste kommentar');
	await expect(sinceSection.locator('blockquote')).toHaveText(second);
	const since = sinceSection.locator('table.since-comment tbody');
	await expect(since).toHaveCount(1);
	await expect(since.locator('th')).toHaveText('Sammanfattning');
	await expect(sinceSection.getByRole('columnheader')).toHaveText(['När kommentaren skrevs', 'Nu']);
	await expect(since.locator('del')).toHaveText('Boule varje onsdag.');
	await expect(since.locator('ins')).toHaveText('Boule varje onsdag vid Alkvettern.');
	for (const width of [390, 1280]) {
		await moderator.setViewportSize({ width, height: 900 });
		await expectNoAxeViolations(moderator);
		// The comparison fits the screen without scrolling sideways.
		const box = (await sinceSection.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(width);
		expect(await sinceSection.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
	}
	await decideOnOpenReview(moderator, 'approve');

	await visitor.goto(`/aktiviteter/${eventId}`);
	await expect(visitor.locator('p.lead')).toHaveText('Boule varje onsdag vid Alkvettern.');
	await expect(visitor.locator('ul.dates time').first()).toHaveText('14:00–16:00');

	// The log, newest first: four submissions, two requests for changes, two approvals.
	const expected = [
		['moderation.approve', `${title}: godkänd och publicerad`, 'Karin Ekström'],
		['event.submitted', `${title}: skickad för granskning`, 'Birgitta Lind'],
		['moderation.request_changes', `${title}: ändringar begärda`, 'Karin Ekström'],
		['event.submitted', `${title}: skickad för granskning`, 'Birgitta Lind'],
		['moderation.approve', `${title}: godkänd och publicerad`, 'Karin Ekström'],
		['event.submitted', `${title}: skickad för granskning`, 'Birgitta Lind'],
		['moderation.request_changes', `${title}: ändringar begärda`, 'Karin Ekström'],
		['event.submitted', `${title}: skickad för granskning`, 'Birgitta Lind']
	];
	const page = await logRows(moderator, title);
	expect(page.map((r) => [r.action, r.summary, r.who])).toEqual(expected);
	const csv = await csvRows(modContext.request, title);
	expect(csv.map((r) => [r.action, r.summary, r.who])).toEqual(expected);
	for (const r of csv) {
		expect(r.entity).toBe('event');
		expect(r.id).toBe(String(eventId));
		expect(r.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
		// The first column is the time as on screen, in Stockholm.
		expect(r.local).toBe(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' }).format(new Date(r.at)));
		expect(r.label).not.toBe(r.action);
	}
	// The filter by kind keeps only the moderators' decisions.
	await moderator.goto('/personal/logg?typ=moderation');
	await expect(moderator.locator('tbody tr').filter({ hasText: title })).toHaveCount(4);
	expect((await csvRows(modContext.request, title)).length).toBe(8);
	const filtered = await modContext.request.get('/personal/logg.csv?typ=moderation');
	expect(parseCsv(await filtered.text()).filter((r) => r[3]?.includes(title)).length).toBe(4);

	await closeAll(orgContext, modContext, visitor.context());
});

test('a rejection with a reason code reaches the organiser and the log', async ({ browser }) => {
	test.setTimeout(60_000);
	const orgContext = await contextAs(browser, ACCOUNTS.organiser);
	const organiser = await orgContext.newPage();
	const modContext = await contextAs(browser, ACCOUNTS.moderator);
	const moderator = await modContext.newPage();
	const title = `Försäljning ${unique()}`;
	const eventId = await createEventByRequest(orgContext.request, { title });

	// Rejecting needs a reason code and an explanation.
	await moderator.goto('/personal/granskning');
	await moderator.getByRole('link', { name: title, exact: true }).click();
	await expect(moderator.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await ready(moderator);
	await moderator.getByLabel('Avslå', { exact: true }).check();
	await moderator.getByRole('button', { name: 'Beslut' }).click();
	await expect(moderator.locator('#f-reasonCode')).toHaveAttribute('aria-invalid', 'true');
	await expect(moderator.locator('#f-reasonCode-error')).toHaveText('Välj ett skäl.');
	await expect(moderator.getByLabel('Avslå', { exact: true })).toBeChecked();
	const message = 'Träffpunkt visar inte försäljning av produkter.';
	await decideOnOpenReview(moderator, 'reject', { reason: 'Kommersiell verksamhet', message });
	expect(dbGet<{ status: string }>('SELECT status FROM events WHERE id = ?', eventId)!.status).toBe('rejected');

	await organiser.goto('/forening');
	const card = organiser.locator('li.card').filter({ hasText: title });
	await expect(card.locator('.badge')).toHaveText('Inte godkänd');
	await expect(card).toContainText(message);
	await card.getByRole('link', { name: title }).click();
	await expect(organiser.locator('p.status .badge')).toHaveText('Inte godkänd');
	await expect(organiser.getByRole('note').locator('strong')).toHaveText('Kommersiell verksamhet');
	await expect(organiser.getByRole('note')).toContainText(message);
	const mail = await latestMail(ACCOUNTS.organiser, new RegExp(`^Inte godkänd: ${title}$`));
	expect(mail.body).toContain('Skäl: Kommersiell verksamhet');
	expect(mail.body).toContain(message);

	const visitor = await (await contextAs(browser, null)).newPage();
	expect((await visitor.goto(`/aktiviteter/${eventId}`))!.status()).toBe(404);

	const rows = await logRows(moderator, title);
	expect(rows.map((r) => [r.action, r.summary])).toEqual([
		['moderation.reject', `${title}: avslagen (Kommersiell verksamhet)`],
		['event.submitted', `${title}: skickad för granskning`]
	]);
	const csv = await csvRows(modContext.request, title);
	expect(csv.map((r) => [r.action, r.summary, r.who])).toEqual([
		['moderation.reject', `${title}: avslagen (Kommersiell verksamhet)`, 'Karin Ekström'],
		['event.submitted', `${title}: skickad för granskning`, 'Birgitta Lind']
	]);
	await closeAll(orgContext, modContext, visitor.context());
});

test('after "Gör betrodd" an organisation publishes at once, still logged', async ({ browser }) => {
	test.setTimeout(60_000);
	const ORGANISATION = 'Seniornet Karlskoga';
	const modContext = await contextAs(browser, ACCOUNTS.moderator);
	const moderator = await modContext.newPage();
	const { context: orgContext, page: organiser } = await newOrganiser(browser, moderator, ORGANISATION);
	const visitor = await (await contextAs(browser, null)).newPage();

	// Not trusted yet: a submission waits for review.
	const before = `Surfplatta ${unique()}`;
	const waitingId = await createEventByRequest(orgContext.request, { title: before });
	expect(dbGet<{ status: string }>('SELECT status FROM events WHERE id = ?', waitingId)!.status).toBe('draft');

	await moderator.goto('/personal/foreningar');
	const row = moderator.locator('tbody tr').filter({ has: moderator.getByRole('cell', { name: ORGANISATION, exact: true }) });
	await expect(row).toContainText('Granskas');
	await row.getByRole('button', { name: new RegExp(`^Gör betrodd\\s*: ${ORGANISATION}$`) }).click();
	await expect(row).toContainText('Betrodd – publicerar direkt');
	await expect(row.getByRole('button', { name: new RegExp(`^Ta bort betrodd\\s*: ${ORGANISATION}$`) })).toBeVisible();

	// Trusted: the organiser's submission is published without review.
	const title = `Datorhjälp ${unique()}`;
	await organiser.goto('/forening/aktiviteter/ny');
	await ready(organiser);
	await organiser.locator('#f-title').fill(title);
	await organiser.locator('#f-summary').fill('Hjälp med dator, mobil och surfplatta.');
	await organiser.locator('#f-category').selectOption({ index: 1 });
	await organiser.locator('#f-venue').selectOption({ index: 1 });
	await organiser.getByLabel('Flera gånger (återkommer)').check();
	await organiser.locator('input[name="weekdays"][value="2"]').check();
	await organiser.locator('#f-startDate').fill(nextWeekday(addDays(todayStockholm(), 2), 2));
	await organiser.getByRole('button', { name: 'Skicka för granskning' }).click();
	await expect(organiser).toHaveURL(/\/forening\/aktiviteter\/\d+\?publicerad$/);
	await expect(organiser.getByRole('status')).toHaveText('Publicerat. Aktiviteten syns nu för alla.');
	await expect(organiser.locator('p.status .badge')).toHaveText('Publicerad');
	const eventId = Number(/aktiviteter\/(\d+)/.exec(organiser.url())![1]);

	await visitor.goto(`/aktiviteter/${eventId}`);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(visitor.locator('ul.dates li').first()).toBeVisible();
	await moderator.goto('/personal/granskning');
	await expect(moderator.getByRole('link', { name: title, exact: true })).toHaveCount(0);
	await expect(moderator.getByRole('link', { name: before, exact: true })).toBeVisible();

	const rows = await logRows(moderator, title);
	expect(rows.map((r) => [r.action, r.summary])).toEqual([['event.published_directly', `${title}: publicerad direkt (betrodd arrangör)`]]);
	const trust = await logRows(moderator, `${ORGANISATION}: betrodd`);
	expect(trust.map((r) => [r.action, r.who])).toEqual([['organisation.trust_changed', 'Karin Ekström']]);
	expect((await csvRows(modContext.request, title)).map((r) => r.action)).toEqual(['event.published_directly']);

	await closeAll(orgContext, modContext, visitor.context());
});

test('account requests: approving creates the organisation and invites the contact; declining is final and logged', async ({ browser }) => {
	test.setTimeout(60_000);
	const visitorContext = await contextAs(browser, null);
	const visitor = await visitorContext.newPage();
	const modContext = await contextAs(browser, ACCOUNTS.moderator);
	const moderator = await modContext.newPage();
	const id = unique();
	const approved = { org: `Bouleklubben ${id}`, name: `Per Persson ${id}`, email: `per.${id}@test.invalid` };
	const declined = { org: `Resebyrån ${id}`, name: `Sälj Säljsson ${id}`, email: `salj.${id}@test.invalid` };

	for (const r of [approved, declined]) {
		await visitor.goto('/konto/ansok');
		await ready(visitor);
		await visitor.locator('#f-organisationName').fill(r.org);
		await visitor.locator('#f-contactName').fill(r.name);
		await visitor.locator('#f-email').fill(r.email);
		await visitor.getByRole('button', { name: 'Skicka ansökan' }).click();
		await expect(visitor.getByText('Tack! Vi har tagit emot ansökan och hör av oss.')).toBeVisible();
		await latestMail('tillganglighet@karlskoga.invalid', new RegExp(`^Ny förening vill ha konto: ${r.org}$`));
		// The applicant gets a receipt that says what happens next.
		expect((await latestMail(r.email, /^Vi har tagit emot er ansökan$/)).body).toContain(r.org);
	}
	const requestId = (org: string) => dbGet<{ id: number; status: string }>('SELECT id, status FROM account_requests WHERE organisation_name = ?', org)!;

	await moderator.goto('/personal/foreningar');
	const card = (org: string) => moderator.locator('li.card').filter({ has: moderator.getByRole('heading', { name: org, exact: true }) });
	await expect(card(approved.org)).toContainText(`${approved.name}, ${approved.email}`);
	await card(approved.org).getByRole('button', { name: 'Godkänn och bjud in' }).click();
	await expect(moderator.getByRole('status')).toHaveText(`${approved.org} är skapad och kontaktpersonen har fått en inbjudan.`);
	await expect(card(approved.org)).toHaveCount(0);
	await expect(moderator.getByRole('cell', { name: approved.org, exact: true })).toBeVisible();
	expect(requestId(approved.org).status).toBe('approved');

	await card(declined.org).getByRole('button', { name: 'Avslå' }).click();
	await expect(card(declined.org)).toHaveCount(0);
	await expect(moderator.getByRole('cell', { name: declined.org, exact: true })).toHaveCount(0);
	expect(requestId(declined.org).status).toBe('declined');
	expect(dbGet('SELECT id FROM organisations WHERE name = ?', declined.org)).toBeUndefined();

	// A decision on a request is final: neither can be declined (again) afterwards.
	for (const org of [approved.org, declined.org]) {
		const again = await postForm(modContext.request, '/personal/foreningar?/declineRequest', { requestId: String(requestId(org).id) });
		expect(again.status()).toBe(404);
	}
	expect(requestId(approved.org).status).toBe('approved');

	// The contact of the approved request follows the invitation and works for the new organisation.
	const mail = await latestMail(approved.email, /^Inbjudan till Träffpunkt/);
	expect(mail.subject).toBe(`Inbjudan till Träffpunkt – ${approved.org}`);
	const contact = await (await contextAs(browser, null)).newPage();
	await acceptInvitation(contact, linkIn(mail.body), 'ett långt lösenord för boule');
	await expect(contact.getByText(`Föreningens sidor: ${approved.org}`)).toBeVisible();
	await contact.goto('/forening/medlemmar');
	await expect(contact.locator('li.card', { hasText: approved.email }).locator('.badge')).toHaveText('Accepterad');

	const rows = await logRows(moderator, id);
	expect(rows.map((r) => r.action)).toEqual(['user.password_set', 'user.invitation_opened', 'account_request.declined', 'account_request.approved', 'user.invited', 'organisation.created']);
	await closeAll(visitorContext, modContext, contact.context());
});
