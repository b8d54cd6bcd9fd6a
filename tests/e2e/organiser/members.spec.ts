import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS, closeAll, contextAs, dbAll, dbGet, latestMail, linkIn, postForm, ready, unique } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

const PAGE = '/forening/medlemmar';
const card = (page: Page, email: string) => page.locator('li.card', { has: page.getByText(email, { exact: true }) });
/** A person's button: "Ta bort", with their name for screen readers ("Ta bort: Gun Ek"). */
const button = (page: Page, email: string, label: string) => card(page, email).getByRole('button', { name: new RegExp(`^${label}\\s*:`) });

async function invite(page: Page, name: string, email: string) {
	const form = page.locator('form[action="?/invite"]');
	await form.locator('#f-name').fill(name);
	await form.locator('#f-email').fill(email);
	await form.getByRole('button', { name: 'Skicka inbjudan' }).click();
	await expect(page.getByRole('status')).toHaveText(`Inbjudan skickad till ${email}.`);
	return linkIn((await latestMail(email, /^Inbjudan till Träffpunkt/)).body);
}

for (const width of [1280, 390]) {
	test(`at ${width} px an organiser invites a member: skickad → öppnad → accepterad, then removes them`, async ({ browser }) => {
		test.setTimeout(90_000);
		const orgContext = await contextAs(browser, ACCOUNTS.organiser, undefined, { viewport: { width, height: 900 } });
		const organiser = await orgContext.newPage();
		const personContext = await contextAs(browser, null, undefined, { viewport: { width, height: 900 } });
		const person = await personContext.newPage();
		const name = `Gun Ek ${unique()}`;
		const email = `${unique('m')}@test.invalid`;

		await organiser.goto(PAGE);
		await expect(organiser.getByRole('heading', { level: 1, name: 'Medlemmar' })).toBeVisible();
		await expectNoAxeViolations(organiser);
		if (width === 1280) {
			// Mistakes are told next to each field, and what was typed stays.
			await ready(organiser);
			await organiser.locator('#f-name').fill('G');
			await organiser.locator('#f-email').fill('gun.exempel.se');
			await organiser.getByRole('button', { name: 'Skicka inbjudan' }).click();
			await expect(organiser.locator('#f-name-error')).toHaveText(/Skriv personens namn\./);
			await expect(organiser.locator('#f-email-error')).toHaveText(/Skriv en hel e-postadress/);
			await expect(organiser.locator('#f-email')).toHaveValue('gun.exempel.se');
			await expect(organiser.locator('#f-email')).toHaveAttribute('aria-invalid', 'true');
			await expectNoAxeViolations(organiser);
		}
		await ready(organiser);
		const link = await invite(organiser, name, email);
		await expect(card(organiser, email).locator('.badge')).toHaveText('Skickad');
		await expect(card(organiser, email)).toContainText('Länken gäller till');
		expect(await organiser.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

		// The invitee follows the link: opened.
		await person.goto(link);
		await expect(person.getByText(`Hej ${name}!`)).toBeVisible();
		await organiser.reload();
		await expect(card(organiser, email).locator('.badge')).toHaveText('Öppnad');
		await expect(card(organiser, email)).toContainText('Länken öppnades');

		// Chooses a password: accepted.
		await ready(person);
		await person.locator('#f-password').fill('blå stol grön lampa');
		await person.locator('#f-repeat').fill('blå stol grön lampa');
		await person.getByRole('button', { name: 'Spara lösenordet' }).click();
		await expect(person).toHaveURL(/\/forening$/);
		await organiser.reload();
		await expect(card(organiser, email).locator('.badge')).toHaveText('Accepterad');
		await expectNoAxeViolations(organiser);

		// Removing asks first (on the page, without JavaScript too), then takes effect at once.
		await ready(organiser);
		await button(organiser, email, 'Ta bort').click();
		const confirm = card(organiser, email).locator('form.confirm');
		await expect(confirm).toContainText(`Ta bort ${name} ur föreningen?`);
		await expect(confirm.locator(`p[tabindex="-1"]`)).toBeFocused();
		await expectNoAxeViolations(organiser);
		await confirm.getByRole('button', { name: 'Ja, ta bort' }).click();
		await expect(organiser.getByRole('status')).toHaveText(`${name} är borttagen ur föreningen.`);
		await expect(card(organiser, email)).toHaveCount(0);
		expect((await latestMail(email, /^Du är inte längre med i/)).subject).toBe('Du är inte längre med i PRO Karlskoga på Träffpunkt');

		// Gun was signed in; her session no longer reaches the organisation's pages.
		await person.goto('/forening/aktiviteter/ny');
		await expect(person).toHaveURL(/\/konto\/logga-in/);
		const log = dbAll<{ action: string }>(`SELECT action FROM audit_log WHERE entity_type = 'user' AND entity_id = (SELECT id FROM users WHERE email = ?) ORDER BY id`, email);
		expect(log.map((l) => l.action)).toEqual(['user.invited', 'user.invitation_opened', 'user.password_set', 'organisation.member_removed']);
		await closeAll(orgContext, personContext);
	});
}

test('resend: a new link, the old one fails with a calm message; posted twice, one mail; then withdrawn', async ({ browser }) => {
	test.setTimeout(60_000);
	const orgContext = await contextAs(browser, ACCOUNTS.organiser);
	const organiser = await orgContext.newPage();
	const person = await (await contextAs(browser, null)).newPage();
	const name = `Per Al ${unique()}`;
	const email = `${unique('r')}@test.invalid`;
	await organiser.goto(PAGE);
	await ready(organiser);
	const first = await invite(organiser, name, email);

	await ready(organiser);
	await button(organiser, email, 'Skicka igen').click();
	await expect(organiser.getByRole('status')).toHaveText(`En ny inbjudan är skickad till ${email}. Länken i det förra mejlet fungerar inte längre.`);
	const second = linkIn((await latestMail(email, /^Inbjudan till Träffpunkt/)).body);
	expect(second).not.toBe(first);
	await expect(card(organiser, email).locator('.badge')).toHaveText('Skickad');

	const old = await person.goto(first);
	expect(old!.status()).toBe(200);
	await expect(person.getByRole('alert')).toContainText('Länken fungerar inte längre');
	await expect(person.getByRole('link', { name: /Glömt lösenordet/i })).toBeVisible();
	await expectNoAxeViolations(person);

	// The same "Skicka igen" posted twice (a double click): one new link, one mail.
	const userId = dbGet<{ id: number }>('SELECT id FROM users WHERE email = ?', email)!.id;
	const current = await card(organiser, email).locator('input[name="current"]').inputValue();
	const mails = () => dbGet<{ n: number }>('SELECT count(*) AS n FROM mail_outbox WHERE "to" = ?', email)!.n;
	const before = mails();
	const [a, b] = [await postForm(orgContext.request, `${PAGE}?/resend`, { userId: String(userId), current }), await postForm(orgContext.request, `${PAGE}?/resend`, { userId: String(userId), current })];
	expect([a.status(), b.status()]).toEqual([200, 200]);
	expect(await b.text()).toContain('skickades alldeles nyss');
	expect(mails()).toBe(before + 1);
	const third = linkIn((await latestMail(email, /^Inbjudan till Träffpunkt/)).body);

	// Withdrawn: the link stops working and the person is told.
	await organiser.reload();
	await ready(organiser);
	await button(organiser, email, 'Återkalla inbjudan').click();
	await expect(organiser.getByRole('status')).toHaveText(`Inbjudan till ${name} är återkallad.`);
	await expect(card(organiser, email)).toHaveCount(0);
	await person.goto(third);
	await expect(person.getByRole('alert')).toContainText('Länken fungerar inte längre');
	expect((await latestMail(email, /^Inbjudan återkallad/)).subject).toBe('Inbjudan återkallad – PRO Karlskoga');
	await closeAll(orgContext, person.context());
});

test('without JavaScript: invite, then remove after the confirmation step', async ({ browser }) => {
	const orgContext = await contextAs(browser, ACCOUNTS.organiser, undefined, { javaScriptEnabled: false });
	const organiser = await orgContext.newPage();
	const name = `Ulla Nojs ${unique()}`;
	const email = `${unique('n')}@test.invalid`;
	await organiser.goto(PAGE);
	const link = await invite(organiser, name, email);
	const person = await (await contextAs(browser, null, undefined, { javaScriptEnabled: false })).newPage();
	await person.goto(link);
	await person.locator('#f-password').fill('röd båt gul mössa');
	await person.locator('#f-repeat').fill('röd båt gul mössa');
	await person.getByRole('button', { name: 'Spara lösenordet' }).click();
	await expect(person).toHaveURL(/\/forening$/);

	await organiser.goto(PAGE);
	await button(organiser, email, 'Ta bort').click();
	// "Nej, behåll" is a plain link back: nothing changes.
	await card(organiser, email).getByRole('link', { name: 'Nej, behåll' }).click();
	await expect(card(organiser, email).locator('.badge')).toHaveText('Accepterad');
	await button(organiser, email, 'Ta bort').click();
	await card(organiser, email).getByRole('button', { name: 'Ja, ta bort' }).click();
	await expect(organiser.getByRole('status')).toHaveText(`${name} är borttagen ur föreningen.`);
	await expect(card(organiser, email)).toHaveCount(0);
	await closeAll(orgContext, person.context());
});
