import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { ACCOUNTS, BASE_URL, addDays, closeAll, contextAs, dbGet, latestMail, nextWeekday, postForm, ready, todayStockholm, unique } from '../pages/backoffice';

/**
 * A resident signs up in the Finnish interface; later, staff move the date. The mail about the new
 * time is in Finnish (the language of the sign-up), while a resident who signed up in Swedish gets
 * it in Swedish. Staff read both in the outbox.
 */
test('a date moved by staff: the Finnish sign-up gets the mail in Finnish, the Swedish one in Swedish', async ({ browser }) => {
	test.setTimeout(90_000);
	const staffContext = await contextAs(browser, ACCOUNTS.moderator);
	const finnishContext = await contextAs(browser, null);
	const swedishContext = await contextAs(browser, null);
	try {
		await finnishContext.addCookies([{ name: 'lang', value: 'fi', url: BASE_URL }]);
		const title = `Tuolijumppa ${unique()}`;
		const start = nextWeekday(addDays(todayStockholm(), 3), 3);
		const created = await postForm(staffContext.request, '/personal/aktiviteter/ny', {
			title: `Sittgympa ${title.split(' ')[1]}`, titleFi: title, summary: 'Gympa på stol, på finska.', summaryFi: 'Tuolijumppaa suomeksi.', description: 'Välkommen.',
			category: 'motion', venue: 'telefon', remoteDetails: 'Ring 0586-100 00', scheduleKind: 'weekly', weekdays: ['3'], frequency: '1', startDate: start, until: addDays(start, 28),
			startTime: '10:00', endTime: '11:00', costKind: 'free', holidays: 'run', languages: ['fi'], signupOnline: 'on', signupRequired: 'on', capacity: '10', intent: 'submit',
			organisationId: String(dbGet<{ id: number }>(`SELECT id FROM organisations WHERE slug = 'pro-karlskoga'`)!.id)
		});
		expect(created.status()).toBe(303);
		const eventId = Number(/aktiviteter\/(\d+)/.exec(created.headers()['location'])![1]);
		const first = dbGet<{ id: number }>('SELECT id FROM occurrences WHERE event_id = ? ORDER BY starts_at LIMIT 1', eventId)!;

		// Aino signs up in Finnish, Greta in Swedish.
		const aino = `aino-${unique()}@test.invalid`;
		const fi = await finnishContext.newPage();
		await fi.goto(`/aktiviteter/${eventId}/anmalan/${first.id}`);
		await fi.getByLabel('Nimesi').fill('Aino Virtanen');
		await fi.getByLabel(/^Sähköpostiosoite/).fill(aino);
		await fi.getByLabel('Vain minä').check();
		await fi.getByRole('button', { name: 'Lähetä ilmoittautuminen' }).click();
		await expect(fi.getByRole('heading', { level: 1 })).toHaveText('Olet ilmoittautunut!');
		const greta = `greta-${unique()}@test.invalid`;
		const sv = await swedishContext.newPage();
		await sv.goto(`/aktiviteter/${eventId}/anmalan/${first.id}`);
		await sv.getByLabel('Ditt namn').fill('Greta Berg');
		await sv.getByLabel(/^E-postadress/).fill(greta);
		await sv.getByRole('button', { name: 'Skicka anmälan' }).click();
		await expect(sv.getByRole('heading', { level: 1, name: 'Du är anmäld!' })).toBeVisible();
		expect(dbGet<{ locale: string }>('SELECT locale FROM signups WHERE email = ?', aino)).toEqual({ locale: 'fi' });

		// Staff move the series half an hour, through the edit form.
		const staff = await staffContext.newPage();
		await staff.goto(`/personal/aktiviteter/${eventId}/redigera`);
		await ready(staff);
		await staff.locator('#f-startTime').fill('10:30');
		await staff.locator('#f-endTime').fill('11:30');
		await staff.getByRole('button', { name: 'Publicera' }).click();
		await expect(staff).toHaveURL(new RegExp(`/personal/aktiviteter/${eventId}\\?publicerad&berorda=2$`));

		const finnish = await latestMail(aino, /^Uusi aika: /);
		expect(finnish.subject).toBe(`Uusi aika: ${title}`);
		expect(finnish.body).toMatch(/Ennen: Keskiviikko \d{1,2}\. [a-zä]+kuuta( \d{4})? 10:00–11:00\nNyt: Keskiviikko \d{1,2}\. [a-zä]+kuuta( \d{4})? 10:30–11:30/);
		expect(finnish.body).toContain('Ilmoittautumisesi koskee uutta aikaa.');
		expect(finnish.body).toContain('Ystävällisin terveisin');
		expect(finnish.body).not.toMatch(/Förut|Din anmälan|Vänliga hälsningar/);
		const swedish = await latestMail(greta, /^Ny tid: /);
		expect(swedish.body).toContain('Nu: ');
		expect(swedish.body).toContain('10:30–11:30');

		// Staff see the Finnish mail in the outbox.
		await staff.goto('/personal/utkorg');
		const card = staff.locator('li.card', { has: staff.getByRole('heading', { name: `Uusi aika: ${title}` }) });
		await expect(card).toContainText(aino);
		await card.locator('summary').click();
		await expect(card.locator('.body')).toContainText('Ilmoittautumisesi koskee uutta aikaa.');
		await expectNoAxeViolations(staff);
	} finally {
		await closeAll(staffContext, finnishContext, swedishContext);
	}
});
