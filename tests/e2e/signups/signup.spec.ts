import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { ACCOUNTS, closeAll, contextAs, dbAll, dbGet, latestMail, unique } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

/**
 * Sign-ups on the web: places, the waiting list, cancelling with the personal link, staff phone
 * sign-ups, the form without JavaScript, privacy and accessibility.
 *
 * Every test takes its own date (a "slot") of a demo event that takes sign-ups on the web, so the
 * tests can run in parallel. The public form allows 10 sign-ups per address and hour, and every
 * browser here comes from 127.0.0.1: places are filled by staff taking phone sign-ups, and the
 * public form is used only for the last places and the waiting list (5 public sign-ups in all).
 */

/** The machine running the suite is often busy with other builds: a little more patience than the default 5 s. */
const expect = baseExpect.configure({ timeout: 10_000 });

type Slot = { eventId: number; occurrenceId: number; title: string; capacity: number; localDate: string };

const SLOTS = { flow: 0, noJs: 1, axe: 2, cancelledDate: 3 } as const;

/**
 * Upcoming dates (from tomorrow, among the 12 the event page lists) of published events that take
 * sign-ups online with the smallest capacities; `index` picks one, the same for every worker.
 */
function slot(index: number): Slot {
	const now = Date.now();
	const rows = dbAll<Slot & { rank: number }>(
		`SELECT * FROM (
		   SELECT e.id AS eventId, o.id AS occurrenceId, r.title, r.capacity, o.local_date AS localDate, o.cancelled,
		          row_number() OVER (PARTITION BY e.id ORDER BY o.starts_at) AS rank
		   FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
		   JOIN occurrences o ON o.event_id = e.id AND o.ends_at >= ?
		   WHERE e.status = 'published' AND r.signup_online = 1 AND r.capacity IS NOT NULL
		     AND (r.signup_deadline_hours IS NULL OR r.signup_deadline_hours <= 24)
		 ) AS upcoming WHERE rank BETWEEN 3 AND 12 AND cancelled = 0
		 ORDER BY capacity, eventId, rank DESC`,
		now
	);
	const s = rows[index];
	if (!s) throw new Error(`The demo data has no sign-up date number ${index} (found ${rows.length}).`);
	expect(s.capacity, 'a small capacity').toBeLessThanOrEqual(12);
	const taken = dbGet<{ n: number }>('SELECT count(*) AS n FROM signups WHERE occurrence_id = ?', s.occurrenceId)!.n;
	expect(taken, `date ${s.occurrenceId} is untouched`).toBe(0);
	return { eventId: s.eventId, occurrenceId: s.occurrenceId, title: s.title, capacity: s.capacity, localDate: s.localDate };
}

type Row = { name: string; phone: string | null; email: string | null; people: number; message: string | null; status: string; byStaff: number };
const rowsOf = (occurrenceId: number) =>
	dbAll<Row>(
		`SELECT name, phone, email, people, message, status, created_by_user_id IS NOT NULL AS byStaff FROM signups WHERE occurrence_id = ? ORDER BY id`,
		occurrenceId
	);
const statusOf = (occurrenceId: number, name: string) => rowsOf(occurrenceId).find((r) => r.name === name)?.status;

const formPath = (s: Slot) => `/aktiviteter/${s.eventId}/anmalan/${s.occurrenceId}`;

/** The sign-up link of this date on the public event page. */
const dateLink = (page: Page, s: Slot) => page.locator(`a.signup-link[href="${formPath(s)}"]`);

type Person = { name: string; phone?: string; email?: string; people: 1 | 2; message?: string };

async function fillSignupForm(page: Page, p: Person) {
	await page.getByLabel('Ditt namn').fill(p.name);
	await page.getByLabel(/^Telefonnummer/).fill(p.phone ?? '');
	await page.getByLabel(/^E-postadress/).fill(p.email ?? '');
	await page.getByLabel(p.people === 2 ? 'Vi är två' : 'Bara jag').check();
	if (p.message) await page.getByLabel(/^Meddelande till arrangören/).fill(p.message);
}

/** A visitor in a fresh browser signs up through the public form; returns the page on the result. */
async function signUpPublicly(browser: Browser, s: Slot, p: Person) {
	const context = await contextAs(browser, null);
	const page = await context.newPage();
	await page.goto(formPath(s));
	await expect(page.getByRole('heading', { level: 1, name: `Anmälan till ${s.title}` })).toBeVisible();
	await fillSignupForm(page, p);
	await page.getByRole('button', { name: /^(Skicka anmälan|Ställ dig på väntelistan)$/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^(Du är anmäld!|Du står på väntelistan)$/ })).toBeVisible();
	return { context, page };
}

/**
 * After posting, the browser is on the receipt (post/redirect/get): its address is the personal link
 * that the mail carries, and it links to the cancel page. Returns the cancel page's address.
 */
async function cancelLinkOn(page: Page) {
	await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/anmalan\/kvitto\/[A-Za-z0-9_-]{20,}(\?ny)?$/);
	const receipt = page.url().replace(/\?ny$/, '');
	const href = await page.getByRole('link', { name: 'Avboka här' }).getAttribute('href');
	expect(href).toBe(`/anmalan/avboka/${receipt.split('/').pop()}`);
	return { receipt, cancel: new URL(href!, receipt).toString() };
}

/** Staff take a phone sign-up on /personal/anmalningar/<occurrence>. */
async function staffAdd(staff: Page, p: Person, expected: 'confirmed' | 'waiting' = 'confirmed') {
	const form = staff.locator('form[action="?/add"]');
	await form.getByLabel('Namn').fill(p.name);
	await form.getByLabel(/^Telefon/).fill(p.phone ?? '');
	await form.getByLabel(/^E-post/).fill(p.email ?? '');
	await form.getByLabel(String(p.people), { exact: true }).check();
	await form.getByRole('button', { name: 'Lägg till anmälan' }).click();
	await expect(staff.getByRole('status')).toHaveText(
		expected === 'confirmed' ? 'Anmälan är sparad – personen har en plats.' : 'Det är fullt – personen står på väntelistan.'
	);
}

/** The status cell of `name` in the staff list ("Plats", "Väntelista", with "(per telefon)"). */
const staffStatus = (staff: Page, name: string) => staff.locator('table.door-list tbody tr', { hasText: name }).locator('td').nth(4);

test('places fill up, the next person waits, a cancellation moves them up and they get an e-mail', async ({ browser }) => {
	test.setTimeout(90_000);
	const s = slot(SLOTS.flow);
	const id = unique('s');
	const staffContext = await contextAs(browser, ACCOUNTS.moderator);
	const staff = await staffContext.newPage();
	const visitorContext = await contextAs(browser, null);
	const visitor = await visitorContext.newPage();
	const opened: { close(): Promise<void> }[] = [];

	try {
		// The event page offers sign-up for the date; it has not started filling.
		await visitor.goto(`/aktiviteter/${s.eventId}`);
		await expect(dateLink(visitor, s)).toHaveText(/^Anmäl dig, /);
		await dateLink(visitor, s).click();
		await expect(visitor).toHaveURL(new RegExp(`${formPath(s)}$`));
		await expect(visitor.getByText(`${s.capacity} av ${s.capacity} platser kvar.`)).toBeVisible();

		// Staff take phone sign-ups for all but three places (pairs, then maybe a single).
		await staff.goto(`/personal/anmalningar/${s.occurrenceId}`);
		await expect(staff.getByRole('heading', { level: 1, name: `Anmälda: ${s.title}` })).toBeVisible();
		await expect(staff.getByText('Ingen är anmäld ännu.')).toBeVisible();
		const byPhone: Person[] = [];
		for (let left = s.capacity - 3, i = 1; left > 0; i++) {
			const people = left >= 2 ? 2 : 1;
			byPhone.push({ name: `Telefon ${i} ${id}`, phone: `0586-61 00 ${String(i).padStart(2, '0')}`, people });
			left -= people;
		}
		for (const p of byPhone) await staffAdd(staff, p);
		await expect(staff.locator('p.numbers')).toHaveText(`${s.capacity - 3} av ${s.capacity} platser bokade.`);
		await expect(staffStatus(staff, byPhone[0].name)).toHaveText('Plats (per telefon)');

		// The last three places through the public form: one person with a phone number, then a pair with e-mail.
		const astrid: Person = { name: `Astrid ${id}`, phone: '070-111 22 33', people: 1 };
		const bengt: Person = { name: `Bengt ${id}`, email: `bengt-${id}@test.invalid`, people: 2, message: 'Vi kommer med rullator.' };
		const cecilia: Person = { name: `Cecilia ${id}`, email: `cecilia-${id}@test.invalid`, people: 2 };

		await visitor.reload();
		await expect(visitor.getByText(`3 av ${s.capacity} platser kvar.`)).toBeVisible();
		await fillSignupForm(visitor, astrid);
		await visitor.getByRole('button', { name: 'Skicka anmälan' }).click();
		await expect(visitor.getByRole('heading', { level: 1, name: 'Du är anmäld!' })).toBeVisible();
		await expect(visitor.getByRole('status')).toHaveText('Välkommen! Här är din anmälan.');
		// A reload of the receipt does not sign Astrid up twice.
		await visitor.reload();
		expect(rowsOf(s.occurrenceId).filter((r) => r.name === astrid.name)).toHaveLength(1);
		await cancelLinkOn(visitor);
		await expectNoAxeViolations(visitor);

		const b = await signUpPublicly(browser, s, bengt);
		opened.push(b.context);
		await expect(b.page.getByRole('heading', { level: 1, name: 'Du är anmäld!' })).toBeVisible();
		const bengtCancel = await cancelLinkOn(b.page);
		const receipt = await latestMail(bengt.email!, /^Anmäld: /);
		expect(receipt.subject).toBe(`Anmäld: ${s.title}`);
		expect(receipt.body).toContain(bengtCancel.receipt);

		// Full: the event page says so for this date, the form offers the waiting list.
		await visitor.goto(`/aktiviteter/${s.eventId}`);
		await expect(dateLink(visitor, s)).toHaveText(/^Fullt – väntelista, /);
		await visitor.goto(formPath(s));
		await expect(visitor.getByText(`Alla ${s.capacity} platser är tagna – du kan ställa dig på väntelistan.`)).toBeVisible();
		await expect(visitor.getByRole('button', { name: 'Ställ dig på väntelistan' })).toBeVisible();

		// The next pair goes on the waiting list.
		const c = await signUpPublicly(browser, s, cecilia);
		opened.push(c.context);
		await expect(c.page.getByRole('heading', { level: 1, name: 'Du står på väntelistan' })).toBeVisible();
		await expect(c.page.getByRole('status')).toHaveText(
			'Alla platser är tagna just nu. Om någon avbokar flyttas du upp automatiskt och vi hör av oss.'
		);
		await cancelLinkOn(c.page);
		await expectNoAxeViolations(c.page);
		expect((await latestMail(cecilia.email!, /^Väntelista: /)).subject).toBe(`Väntelista: ${s.title}`);
		expect(statusOf(s.occurrenceId, cecilia.name)).toBe('waiting');
		expect(rowsOf(s.occurrenceId).filter((r) => r.status === 'confirmed').reduce((n, r) => n + r.people, 0)).toBe(s.capacity);
		await staff.reload();
		await expect(staff.locator('p.numbers')).toHaveText(`${s.capacity} av ${s.capacity} platser bokade, 2 på väntelistan.`);
		await expect(staffStatus(staff, cecilia.name)).toHaveText('Väntelista');

		// The public pages never show who signed up.
		for (const path of [`/aktiviteter/${s.eventId}`, formPath(s)]) {
			await visitor.goto(path);
			const html = await visitor.content();
			for (const p of [...byPhone, astrid, bengt, cecilia]) {
				expect(html, `${path} shows ${p.name}`).not.toContain(p.name);
				if (p.phone) expect(html).not.toContain(p.phone);
				if (p.email) expect(html).not.toContain(p.email);
			}
			expect(html).not.toContain('rullator');
		}

		// Bengt cancels with his personal link; Cecilia (the pair first in the queue) moves up.
		await b.page.goto(bengtCancel.cancel);
		await expect(b.page.getByRole('heading', { level: 1, name: 'Avboka' })).toBeVisible();
		await expect(b.page.getByText(`Vill du avboka din plats på ${s.title},`)).toBeVisible();
		// A way back that keeps the place, beside the yes.
		await expect(b.page.getByRole('link', { name: 'Nej, behåll min plats' })).toHaveAttribute('href', new URL(bengtCancel.receipt).pathname);
		await expectNoAxeViolations(b.page);
		await b.page.getByRole('button', { name: 'Ja, avboka' }).click();
		await expect(b.page.getByRole('status')).toHaveText('Du är avbokad. Tack för att du meddelade oss!');
		await expect(b.page.getByRole('link', { name: 'Se fler aktiviteter' })).toHaveAttribute('href', '/aktiviteter');
		expect(statusOf(s.occurrenceId, bengt.name)).toBe('cancelled');
		expect(statusOf(s.occurrenceId, cecilia.name)).toBe('confirmed');
		const promoted = await latestMail(cecilia.email!, /^Du har fått en plats/);
		expect(promoted.subject).toBe(`Du har fått en plats: ${s.title}`);
		expect(promoted.body).toContain(`du är nu anmäld till ${s.title}`);

		await staff.reload();
		await expect(staff.locator('p.numbers')).toHaveText(`${s.capacity} av ${s.capacity} platser bokade.`);
		await expect(staffStatus(staff, cecilia.name)).toHaveText('Plats');
		await expect(staff.locator('table.door-list')).not.toContainText(bengt.name);

		// The link a second time: nothing more happens.
		await b.page.goto(bengtCancel.cancel);
		await expect(b.page.getByRole('status')).toHaveText('Länken fungerar inte. Anmälan kan redan vara avbokad eller borttagen.');
		await expect(b.page.getByRole('button', { name: 'Ja, avboka' })).toHaveCount(0);

		// A phone call when it is full again: staff add the caller, who waits.
		const doris: Person = { name: `Doris ${id}`, phone: '070-444 55 66', people: 1 };
		await staffAdd(staff, doris, 'waiting');
		await expect(staffStatus(staff, doris.name)).toHaveText('Väntelista (per telefon)');
		expect(rowsOf(s.occurrenceId).find((r) => r.name === doris.name)).toMatchObject({ phone: doris.phone, status: 'waiting', byStaff: 1, people: 1 });
		expect(rowsOf(s.occurrenceId).filter((r) => r.byStaff === 1)).toHaveLength(byPhone.length + 1);
	} finally {
		for (const c of opened) await c.close();
		await closeAll(staffContext, visitorContext);
	}
});

test('without JavaScript the form shows Swedish errors next to the fields and keeps what was typed', async ({ browser }) => {
	test.setTimeout(45_000);
	const s = slot(SLOTS.noJs);
	const id = unique('n');
	const context = await contextAs(browser, null, undefined, { javaScriptEnabled: false });
	const page = await context.newPage();
	try {
		await page.goto(formPath(s));
		await expect(page.getByRole('heading', { level: 1, name: `Anmälan till ${s.title}` })).toBeVisible();

		// No name, neither phone nor e-mail; a pair with a message.
		await page.getByLabel('Vi är två').check();
		await page.getByLabel(/^Meddelande till arrangören/).fill('Jag behöver hjälp med trappan.');
		await page.getByRole('button', { name: 'Skicka anmälan' }).click();

		const fieldOf = (input: string) => page.locator('.field', { has: page.locator(input) });
		/** The message after the warning sign (which is aria-hidden). */
		const shown = (message: string) => new RegExp(`^⚠\\s*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
		await expect(fieldOf('#f-name').locator('.field-error')).toHaveText(shown('Skriv ditt namn.'));
		await expect(fieldOf('#f-phone').locator('.field-error')).toHaveText(shown('Skriv ett telefonnummer eller en e-postadress så att arrangören kan nå dig.'));
		await expect(page.locator('#f-name')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#f-name')).toHaveAttribute('aria-describedby', 'f-name-error');
		await expect(page.locator('#f-phone')).toHaveAttribute('aria-invalid', 'true');
		const summary = page.getByRole('alert');
		await expect(summary.getByRole('heading', { name: 'Rätta det här först:' })).toBeVisible();
		await expect(summary.getByRole('link', { name: 'Skriv ditt namn.' })).toHaveAttribute('href', '#f-name');
		// What was typed is kept.
		await expect(page.getByLabel('Vi är två')).toBeChecked();
		await expect(page.getByLabel(/^Meddelande till arrangören/)).toHaveValue('Jag behöver hjälp med trappan.');

		// A name, but a phone number with letters and half an e-mail address.
		await page.getByLabel('Ditt namn').fill(`Gun ${id}`);
		await page.getByLabel(/^Telefonnummer/).fill('ring mig');
		await page.getByLabel(/^E-postadress/).fill('gun@');
		await page.getByRole('button', { name: 'Skicka anmälan' }).click();
		await expect(fieldOf('#f-phone').locator('.field-error')).toHaveText(shown('Skriv telefonnumret med siffror, till exempel 070-123 45 67.'));
		await expect(fieldOf('#f-email').locator('.field-error')).toHaveText(shown('Skriv en hel e-postadress, till exempel anna@exempel.se.'));
		await expect(fieldOf('#f-name').locator('.field-error')).toHaveCount(0);
		await expect(page.getByLabel('Ditt namn')).toHaveValue(`Gun ${id}`);
		await expect(page.getByLabel(/^Telefonnummer/)).toHaveValue('ring mig');
		await expect(page.getByLabel(/^E-postadress/)).toHaveValue('gun@');
		await expect(page.getByLabel('Vi är två')).toBeChecked();
		await expect(page.getByLabel(/^Meddelande till arrangören/)).toHaveValue('Jag behöver hjälp med trappan.');
		expect(rowsOf(s.occurrenceId)).toEqual([]);

		// Corrected: signed up, still without JavaScript.
		await page.getByLabel(/^Telefonnummer/).fill('070-765 43 21');
		await page.getByLabel(/^E-postadress/).fill('');
		await page.getByRole('button', { name: 'Skicka anmälan' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Du är anmäld!' })).toBeVisible();
		await cancelLinkOn(page);
		expect(rowsOf(s.occurrenceId)).toEqual([
			{ name: `Gun ${id}`, phone: '070-765 43 21', email: null, people: 2, message: 'Jag behöver hjälp med trappan.', status: 'confirmed', byStaff: 0 }
		]);
	} finally {
		await closeAll(context);
	}
});

test('axe finds no WCAG A/AA problems on the form, its error state and the confirmation page', async ({ browser }) => {
	test.setTimeout(45_000);
	const s = slot(SLOTS.axe);
	const id = unique('a');
	// axe runs as a script in the page, so this browser has JavaScript (the form works the same without).
	const context = await contextAs(browser, null);
	const page = await context.newPage();
	try {
		await page.goto(formPath(s));
		await expect(page.getByRole('heading', { level: 1, name: `Anmälan till ${s.title}` })).toBeVisible();
		await expect(page.getByText(`${s.capacity} av ${s.capacity} platser kvar.`)).toBeVisible();
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'Skicka anmälan' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('link')).toHaveText(['Skriv ditt namn.', 'Skriv ett telefonnummer eller en e-postadress så att arrangören kan nå dig.']);
		await expect(page.locator('#f-name-error')).toBeVisible();
		await expectNoAxeViolations(page);

		await fillSignupForm(page, { name: `Hugo ${id}`, email: `hugo-${id}@test.invalid`, people: 1 });
		await page.getByRole('button', { name: 'Skicka anmälan' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Du är anmäld!' })).toBeVisible();
		await cancelLinkOn(page);
		await expectNoAxeViolations(page);
		expect((await latestMail(`hugo-${id}@test.invalid`, /^Anmäld: /)).body).toContain('Din anmälan, med vägbeskrivning, kalenderfil och avbokning:');
	} finally {
		await closeAll(context);
	}
});

test('when the date itself is cancelled, a freed place sends nobody a "Du har fått en plats" e-mail', async ({ browser }) => {
	test.setTimeout(60_000);
	const s = slot(SLOTS.cancelledDate);
	const id = unique('c');
	const staffContext = await contextAs(browser, ACCOUNTS.moderator);
	const staff = await staffContext.newPage();
	try {
		// Staff fill the date with phone sign-ups; one more caller, with e-mail, waits.
		await staff.goto(`/personal/anmalningar/${s.occurrenceId}`);
		const pairs: Person[] = Array.from({ length: Math.ceil(s.capacity / 2) }, (_, i) => ({ name: `Par ${i + 1} ${id}`, phone: `0586-62 00 ${i + 10}`, people: 2 }));
		for (const p of pairs) await staffAdd(staff, p, 'confirmed');
		const vera: Person = { name: `Vera ${id}`, phone: '070-999 88 77', email: `vera-${id}@test.invalid`, people: 1 };
		await staffAdd(staff, vera, 'waiting');

		// The date is cancelled: Vera is told so.
		await staff.goto(`/personal/aktiviteter/${s.eventId}`);
		const item = staff.locator('ul.dates li', { has: staff.locator(`a[href="/personal/anmalningar/${s.occurrenceId}"]`) });
		await item.locator('summary').click();
		await item.getByLabel('Meddelande till deltagarna (visas på webben)').fill('Ledaren är sjuk.');
		await item.getByRole('button', { name: 'Ställ in det här tillfället' }).click();
		await expect(staff.getByRole('status')).toHaveText(/^Tillfället är inställt\./);
		expect((await latestMail(vera.email!, /^Inställt: /)).body).toContain('Ledaren är sjuk.');

		// A pair cancels afterwards (here through staff): Vera must not be told she has a place at a cancelled date.
		await staff.goto(`/personal/anmalningar/${s.occurrenceId}`);
		const stale = await staffContext.newPage();
		await stale.goto(`/personal/anmalningar/${s.occurrenceId}`);
		const cancelButton = (p: Page) => p.locator('table.door-list tbody tr', { hasText: pairs[0].name }).getByRole('button', { name: /^Avboka/ });
		await cancelButton(staff).click();
		// One click only asks; the yes cancels.
		await expect(staff.getByText(`Avboka ${pairs[0].name}?`)).toBeVisible();
		expect(statusOf(s.occurrenceId, pairs[0].name)).toBe('confirmed');
		await staff.getByRole('button', { name: 'Ja, avboka' }).click();
		await expect(staff.getByRole('status')).toHaveText(`${pairs[0].name} är avbokad. 1 person har flyttats upp från väntelistan.`);
		await expect(staffStatus(staff, vera.name)).toHaveText('Plats (per telefon)');
		expect(statusOf(s.occurrenceId, vera.name)).toBe('confirmed'); // she has the place if the date is restored
		await staff.waitForTimeout(500); // mails are written before the answer; a margin all the same

		// The same cancellation from a page opened before: nothing more happens, and staff are told why.
		await cancelButton(stale).click();
		await expect(stale.getByRole('status')).toHaveText(`${pairs[0].name} var redan avbokad.`);
		expect(rowsOf(s.occurrenceId).filter((r) => r.status === 'cancelled')).toHaveLength(1);
		const mails = dbAll<{ subject: string }>('SELECT subject FROM mail_outbox WHERE "to" = ? ORDER BY id', vera.email);
		expect(mails.map((m) => m.subject)).toEqual([`Inställt: ${s.title}`]);

		// The date happens after all: Vera is told, and that she now has a place.
		await staff.goto(`/personal/aktiviteter/${s.eventId}`);
		await staff.locator('ul.dates li', { has: staff.locator(`a[href="/personal/anmalningar/${s.occurrenceId}"]`) }).getByRole('button', { name: 'Det blir av ändå' }).click();
		await expect(staff.getByRole('status')).toHaveText(/^Tillfället blir av ändå\./);
		const back = await latestMail(vera.email!, /^Blir av ändå: /);
		expect(back.body).toContain('är inte längre inställt utan blir av ändå');
		expect(back.body).toContain('Du har en plats.');
	} finally {
		await closeAll(staffContext);
	}
});
