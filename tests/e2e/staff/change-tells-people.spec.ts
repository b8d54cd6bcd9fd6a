import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { ACCOUNTS, addDays, closeAll, contextAs, dbAll, dbGet, latestMail, nextWeekday, postForm, ready, todayStockholm, unique } from '../pages/backoffice';

/**
 * Editing what exists: staff move a published series to a new time. The people signed up move with
 * their dates and are told — by mail, or on the organiser's call list when they gave no address —
 * and the review page and the edit form say beforehand how many people a change affects.
 */
test('a new time moves the people signed up and tells them; those without e-mail are listed to phone', async ({ browser }) => {
	test.setTimeout(90_000);
	const staffContext = await contextAs(browser, ACCOUNTS.moderator);
	const visitorContext = await contextAs(browser, null);
	try {
		const title = `Flyttas ${unique()}`;
		const start = nextWeekday(addDays(todayStockholm(), 3), 3);
		const event = {
			title, summary: 'Vi ses på onsdagar.', description: 'Välkommen.', category: 'motion', venue: 'telefon', remoteDetails: 'Ring 0586-100 00',
			scheduleKind: 'weekly', weekdays: ['3'], frequency: '1', startDate: start, until: addDays(start, 28), startTime: '10:00', endTime: '11:00',
			costKind: 'free', holidays: 'run', languages: ['sv'], signupOnline: 'on', signupRequired: 'on', capacity: '10', intent: 'submit', organisationId: String(dbGet<{ id: number }>(`SELECT id FROM organisations WHERE slug = 'pro-karlskoga'`)!.id)
		};
		const created = await postForm(staffContext.request, '/personal/aktiviteter/ny', event);
		expect(created.status()).toBe(303);
		const eventId = Number(/aktiviteter\/(\d+)/.exec(created.headers()['location'])![1]);
		const first = dbGet<{ id: number }>('SELECT id FROM occurrences WHERE event_id = ? ORDER BY starts_at LIMIT 1', eventId)!;

		// Two residents sign up for the first date: one with e-mail, one with only a phone number.
		const visitor = await visitorContext.newPage();
		const email = `greta-${unique()}@test.invalid`;
		for (const person of [{ name: 'Greta Berg', phone: '', email }, { name: 'Olle Ek', phone: '070-222 33 44', email: '' }]) {
			await visitor.goto(`/aktiviteter/${eventId}/anmalan/${first.id}`);
			await visitor.getByLabel('Ditt namn').fill(person.name);
			await visitor.getByLabel(/^Telefonnummer/).fill(person.phone);
			await visitor.getByLabel(/^E-postadress/).fill(person.email);
			await visitor.getByRole('button', { name: 'Skicka anmälan' }).click();
			await expect(visitor.getByRole('heading', { level: 1, name: 'Du är anmäld!' })).toBeVisible();
		}
		const ollesReceipt = visitor.url().replace(/\?ny$/, '');

		// Staff move the series half an hour; the preview says who is affected before anything is saved.
		const staff = await staffContext.newPage();
		await staff.goto(`/personal/aktiviteter/${eventId}/redigera`);
		await ready(staff);
		await staff.locator('#f-startTime').fill('10:30');
		await staff.locator('#f-endTime').fill('11:30');
		await staff.getByRole('button', { name: 'Visa kommande datum' }).click();
		await expect(staff.locator('section.preview')).toContainText('2 anmälda berörs av ändringen');
		await expectNoAxeViolations(staff);
		await ready(staff);
		await staff.getByRole('button', { name: 'Publicera' }).click();
		await expect(staff).toHaveURL(new RegExp(`/personal/aktiviteter/${eventId}\\?publicerad&berorda=2$`));
		await expect(staff.getByRole('status').first()).toContainText('Ändringen berörde 2 anmälda');

		// The same date row, the same sign-ups, a new time.
		expect(dbAll<{ name: string; occurrence_id: number; call_needed: number }>('SELECT name, occurrence_id, call_needed FROM signups WHERE occurrence_id = ? ORDER BY id', first.id)).toEqual([
			{ name: 'Greta Berg', occurrence_id: first.id, call_needed: 0 },
			{ name: 'Olle Ek', occurrence_id: first.id, call_needed: 1 }
		]);
		const mail = await latestMail(email, /^Ny tid: /);
		expect(mail.body).toContain('Nu: ');
		expect(mail.body).toContain('10:30–11:30');

		// Olle has no e-mail: he is on the call list, with his number, until someone has phoned him.
		const callList = staff.getByRole('region', { name: /behöver ett samtal/ });
		await expect(callList).toContainText('Olle Ek');
		await expect(callList.getByRole('link', { name: '070-222 33 44' })).toHaveAttribute('href', 'tel:0702223344');
		await expectNoAxeViolations(staff);
		await staff.goto(`/personal/anmalningar/${first.id}`);
		await staff.getByRole('button', { name: /^Jag har ringt\s*: Olle Ek$/ }).click();
		await expect(staff.getByRole('status')).toHaveText('Markerat som uppringd.');
		await staff.goto(`/personal/aktiviteter/${eventId}`);
		await expect(staff.getByRole('region', { name: /behöver ett samtal/ })).toHaveCount(0);

		// His receipt shows the new time and what changed.
		await visitor.goto(ollesReceipt);
		await expect(visitor.locator('dl.facts')).toContainText('10:30–11:30');
		await expect(visitor.getByText(/^Ändrat:/)).toBeVisible();
	} finally {
		await closeAll(staffContext, visitorContext);
	}
});
