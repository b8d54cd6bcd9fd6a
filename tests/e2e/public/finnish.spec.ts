import { expect as baseExpect, test, type Page } from '@playwright/test';
import { BASE_URL, dbAll, dbGet, ready, unique } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

/**
 * The Finnish interface: chosen with the switcher (lang cookie "fi"), Finnish chrome on every
 * public page, Finnish titles of activities held in Finnish, the sign-up flow and its mail in
 * Finnish, and the /suomeksi entry page (in Finnish in every language, without JavaScript too).
 */
const expect = baseExpect.configure({ timeout: 10_000 });

async function inFinnish(page: Page) {
	await page.context().addCookies([{ name: 'lang', value: 'fi', url: BASE_URL }]);
}

/** The demo activity held in Finnish that takes sign-ups on the web, with its Finnish title. */
function finnishSignupEvent() {
	const row = dbGet<{ id: number; titleFi: string }>(
		`SELECT e.id, r.title_fi AS titleFi FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
		 WHERE e.status = 'published' AND r.signup_online = 1 AND coalesce(r.title_fi, '') <> '' ORDER BY e.id LIMIT 1`
	);
	expect(row, 'the demo has a Finnish activity with web sign-up').toBeTruthy();
	return row!;
}

/**
 * Swedish interface words that must not appear in the Finnish chrome. Text marked lang="sv"
 * (organisers' texts, venue names, the "Lättläst" link) and other languages are left out first.
 */
const SWEDISH_CHROME = [
	'Aktiviteter', 'Aktivitet', 'Sök', 'Visa', 'Karta', 'Platser', 'Stadsdel', 'Stadsdelar', 'Veckoprogram', 'Idag', 'Imorgon',
	'Gratis', 'Anmäl', 'Anmälan', 'Inställt', 'Ingen anmälan', 'Tillgängligt', 'Hörslinga', 'Meny', 'Textstorlek', 'Logga in',
	'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'januari', 'februari', 'december', 'vecka', 'Nästa',
	'Föregående', 'Skriv ut', 'Prenumerera', 'Kontakt', 'Tillgänglighetsredogörelse', 'Personuppgifter', 'Öppna data', 'Frågor',
	'Välj', 'Rensa', 'tillfällen', 'tillfälle', 'Kommande', 'Arrangör', 'Kostnad', 'Passar för', 'Språk', 'Telefon', 'Adress'
];

async function chromeText(page: Page) {
	return page.evaluate(() => {
		const body = document.body.cloneNode(true) as HTMLElement;
		body.querySelectorAll('script, style, svg, [lang]:not([lang="fi"])').forEach((el) => el.remove());
		// Addresses (the QR caption's …/program?vecka=…) are not interface words.
		return `${document.title}\n${body.textContent ?? ''}`.replace(/\s+/g, ' ').replace(/\S*(https?:\/\/|\/\S*[?=])\S*/g, ' ');
	});
}

async function expectFinnishChrome(page: Page, path: string) {
	await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
	const text = await chromeText(page);
	const found = SWEDISH_CHROME.filter((w) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u').test(text));
	expect(found, `Swedish interface words on ${path}`).toEqual([]);
	expect(text, `untranslated keys or values on ${path}`).not.toMatch(/undefined|\[object |NaN/);
}

const FI_PAGES = ['/', '/platser/traffpunkt-centrum-kulturhuset', '/prenumerera?aktivitet=56', '/aktiviteter', '/aktiviteter?visa=datum', '/karta', '/platser', '/stadsdelar', '/stadsdelar/centrum', '/program?stadsdel=centrum', '/prenumerera', '/oppna-data', '/suomeksi'];

test.describe('the Finnish interface', () => {
	test('the switcher names each language in itself and turns the pages Finnish', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/aktiviteter');
		const switcher = page.locator('.wide-only form.language');
		await expect(switcher.getByRole('button')).toHaveText(['Svenska', 'Suomi', 'English']);
		await expect(switcher.getByRole('button', { name: 'Suomi' })).toHaveAttribute('lang', 'fi');
		await switcher.getByRole('button', { name: 'Suomi' }).click();
		await expect(page).toHaveURL(/\/aktiviteter$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toiminta');
		await expect(page.locator('.wide-only form.language').getByRole('button', { name: 'Suomi' })).toHaveAttribute('aria-pressed', 'true');
		// Organiser and staff areas (and sign-in) are Swedish for Finnish visitors, and say so by their lang.
		await page.goto('/konto/logga-in');
		await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	});

	for (const path of FI_PAGES) {
		test(`no Swedish interface text on ${path}`, async ({ page }) => {
			await inFinnish(page);
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expectFinnishChrome(page, path);
		});
	}

	test('filter by Finnish, open an activity with a Finnish title, sign up and get the mail in Finnish', async ({ page }) => {
		const ev = finnishSignupEvent();
		await inFinnish(page);
		await page.goto('/aktiviteter');
		// Hydration sets the panels back to their server-rendered state: a click before it is undone.
		await ready(page);
		const panel = page.locator('details.filter-details');
		if ((await panel.getAttribute('open')) === null) await panel.locator('> summary').click();
		const fi = panel.getByRole('checkbox', { name: /^suomi/ });
		const group = panel.locator('details.group').filter({ has: page.locator('input[name="sprak"]') });
		if ((await group.locator('> summary').isVisible()) && (await group.getAttribute('open')) === null) await group.locator('> summary').click();
		await expect(fi).toHaveAttribute('value', 'fi');
		await expect(fi).toHaveAttribute('name', 'sprak');
		await fi.check();
		await page.getByRole('button', { name: 'Näytä toiminta' }).click();
		await expect(page).toHaveURL(/sprak=fi/);
		await expect(page.locator('section.selected-filters')).toContainText('suomi');
		await expectFinnishChrome(page, '/aktiviteter?sprak=fi');

		const link = page.locator(`a[href="/aktiviteter/${ev.id}"]`, { hasText: ev.titleFi }).first();
		await expect(link).toHaveAttribute('lang', 'fi');
		await link.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ev.titleFi);
		await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fi');
		// The description exists only in Swedish: marked as such for screen readers.
		await expect(page.locator('.about p').first()).toHaveAttribute('lang', 'sv');
		await expect(page.locator('.dates .date').first()).toHaveText(/^(Tänään|Huomenna|[A-ZÄÖ][a-zäö]+tai|Keskiviikko)/);
		await expectFinnishChrome(page, `/aktiviteter/${ev.id}`);

		await page.locator('a.signup-link').nth(1).click();
		// Soft hyphens let the long words break at a syllable on a narrow screen; they are not read.
		await expect.poll(async () => (await page.getByRole('heading', { level: 1 }).textContent())?.replaceAll('\u00AD', '')).toBe(`Ilmoittautuminen: ${ev.titleFi}`);
		await expectFinnishChrome(page, 'the sign-up form');
		const email = `${unique('fi')}@test.invalid`;
		await page.getByLabel('Nimesi').fill('Aino Virtanen');
		await page.getByLabel(/^Sähköpostiosoite/).fill(email);
		await page.getByLabel('Vain minä').check();
		await page.getByRole('button', { name: 'Lähetä ilmoittautuminen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Olet ilmoittautunut!');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
		await expectFinnishChrome(page, 'the receipt');

		const mails = dbAll<{ subject: string; text: string }>('SELECT subject, body AS text FROM mail_outbox WHERE "to" = ? ORDER BY id', email);
		expect(mails).toHaveLength(1);
		expect(mails[0].subject).toBe(`Ilmoittautuminen vastaanotettu: ${ev.titleFi}`);
		expect(mails[0].text).toContain('Olet ilmoittautunut:');
		expect(mails[0].text).toMatch(/(maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai) \d{1,2}\. [a-zä]+kuuta/i);
		expect(mails[0].text).toContain('Ystävällisin terveisin');
		expect(mails[0].text).not.toMatch(/Du är anmäld|Välkommen|Vänliga hälsningar/);
	});

	for (const width of [1280, 390]) {
		test(`axe finds nothing on Finnish pages at ${width} px`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize({ width, height: 900 });
			await inFinnish(page);
			const ev = finnishSignupEvent();
			const dateId = dbGet<{ id: number }>('SELECT id FROM occurrences WHERE event_id = ? AND starts_at > ? AND cancelled = 0 ORDER BY starts_at LIMIT 1', ev.id, Date.now() + 86_400_000)!.id;
			for (const path of ['/', '/aktiviteter', '/karta', '/platser', '/program?stadsdel=centrum', '/suomeksi', `/aktiviteter/${ev.id}`, `/aktiviteter/${ev.id}/anmalan/${dateId}`]) {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
				await expectNoAxeViolations(page);
			}
		});
	}
});

test.describe('/suomeksi', () => {
	test.use({ javaScriptEnabled: false });

	for (const lang of ['sv', 'en', 'fi']) {
		test(`is in Finnish and linked from the header in the ${lang} interface, without JavaScript`, async ({ page }) => {
			await page.context().addCookies([{ name: 'lang', value: lang, url: BASE_URL }]);
			await page.goto('/platser');
			await page.getByRole('link', { name: 'Suomeksi' }).first().click();
			await expect(page).toHaveURL(/\/suomeksi$/);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('.suomeksi')).toHaveAttribute('lang', 'fi');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suomeksi');
			await expect(page.getByRole('heading', { level: 2, name: 'Suomenkielinen toiminta' })).toBeVisible();
			await expect(page.locator('.suomeksi li.card.occurrence').first()).toBeVisible();
			await expect(page.getByText(/2009:724/)).toBeVisible();
			await expect(page.getByRole('heading', { level: 2, name: 'Kunnan yhteystiedot suomeksi' })).toBeVisible();
			await page.getByRole('link', { name: /^Kaikki suomenkielinen toiminta/ }).click();
			await expect(page).toHaveURL(/\/aktiviteter\?sprak=fi$/);
		});
	}
});

test.describe('form errors in every public language', () => {
	test.use({ javaScriptEnabled: false });

	test('the sign-up form answers in Finnish, keeping what was typed', async ({ page }) => {
		const ev = finnishSignupEvent();
		const dateId = dbGet<{ id: number }>('SELECT id FROM occurrences WHERE event_id = ? AND starts_at > ? AND cancelled = 0 ORDER BY starts_at LIMIT 1', ev.id, Date.now() + 86_400_000)!.id;
		await inFinnish(page);
		await page.goto(`/aktiviteter/${ev.id}/anmalan/${dateId}`);
		await page.getByLabel('Nimesi').fill('Aino');
		await page.getByLabel(/^Sähköpostiosoite/).fill('aino@');
		await page.getByRole('button', { name: 'Lähetä ilmoittautuminen' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
		await expect(page.getByText('Korjaa ensin nämä:')).toBeVisible();
		await expect(page.locator('main')).toContainText('Kirjoita koko sähköpostiosoite, esimerkiksi aino@esimerkki.se.');
		await expect(page.getByLabel('Nimesi')).toHaveValue('Aino');
		await expectFinnishChrome(page, 'the sign-up form with errors');
	});

	for (const [lang, send, fix, short] of [
		['fi', 'Lähetä ilmoitus', 'Korjaa nämä ennen lähettämistä', 'Kuvaa ongelmaa vähintään 10 merkillä.'],
		['en', 'Send the report', 'Correct this before you send', 'Describe the problem in at least 10 characters.']
	]) {
		test(`the accessibility report form answers in ${lang}`, async ({ page }) => {
			await page.context().addCookies([{ name: 'lang', value: lang, url: BASE_URL }]);
			await page.goto('/tillganglighet');
			await page.locator('#report-message').fill('Liian');
			await page.getByRole('button', { name: send }).click();
			await expect(page.getByRole('alert')).toContainText(fix);
			await expect(page.locator('#report-message-error')).toHaveText(short);
			await expect(page.locator('#report-message')).toHaveValue('Liian');
		});
	}
});
