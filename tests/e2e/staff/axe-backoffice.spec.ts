import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS, ORG_A, closeAll, contextAs, dbGet, organisationId, ready } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';
import { waitForMaps } from '../support/maps';

/**
 * Every signed-in page has no WCAG A/AA violations at desktop width; the pages people use most
 * (forms, review, attendance, reports) also at phone width. One test per page, so a failure names it.
 */
type Check = { who: keyof typeof ACCOUNTS | null; path: () => string; phone?: boolean; then?: (page: Page) => Promise<void> };

const ownEvent = () => dbGet<{ id: number }>(`SELECT id FROM events WHERE organisation_id = ? AND status = 'published' LIMIT 1`, organisationId(ORG_A.name))!.id;
const anyEvent = () => dbGet<{ id: number }>(`SELECT id FROM events WHERE status = 'published' LIMIT 1`)!.id;
const pendingRevision = () => dbGet<{ id: number }>(`SELECT id FROM event_revisions WHERE status = 'pending' ORDER BY id LIMIT 1`)?.id ?? 0;
const meetingPoint = () => dbGet<{ id: number }>(`SELECT id FROM venues WHERE kind = 'meeting_point' LIMIT 1`)!.id;
const submitEmpty = (button: string) => async (page: Page) => {
	await page.locator('main').getByRole('button', { name: button }).click();
	await expect(page.locator('.error-summary')).toBeVisible();
};

const CHECKS: Record<string, Check> = {
	'sign-in': { who: null, path: () => '/konto/logga-in', phone: true },
	'sign-in with errors': { who: null, path: () => '/konto/logga-in', phone: true, then: submitEmpty('Logga in') },
	'forgot password': { who: null, path: () => '/konto/glomt-losenord' },
	'apply for an account': { who: null, path: () => '/konto/ansok', then: submitEmpty('Skicka ansökan') },
	'an invalid password link': { who: null, path: () => '/konto/losenord/ogiltig-lank' },
	'organiser start': { who: 'organiser', path: () => '/forening', phone: true },
	'my account': { who: 'organiser', path: () => '/konto/mitt-konto', phone: true },
	'my account with errors': { who: 'organiser', path: () => '/konto/mitt-konto', phone: true, then: submitEmpty('Byt lösenord') },
	'organiser two-factor enrolment': { who: 'organiser', path: () => '/konto/tvastegs/aktivera' },
	'an account (admin)': { who: 'admin', path: () => `/personal/anvandare/${dbGet<{ id: number }>('SELECT id FROM users WHERE email = ?', ACCOUNTS.organiser)!.id}`, phone: true },
	'event form': { who: 'organiser', path: () => '/forening/aktiviteter/ny?mall=balans', phone: true },
	'event form with errors': { who: 'organiser', path: () => '/forening/aktiviteter/ny', phone: true, then: submitEmpty('Skicka för granskning') },
	'own event': { who: 'organiser', path: () => `/forening/aktiviteter/${ownEvent()}` },
	'edit own event': { who: 'organiser', path: () => `/forening/aktiviteter/${ownEvent()}/redigera` },
	'organisation profile': { who: 'organiser', path: () => '/forening/profil' },
	'members': { who: 'organiser', path: () => '/forening/medlemmar' },
	'organiser attendance': { who: 'organiser', path: () => '/forening/narvaro', phone: true },
	'review queue': { who: 'moderator', path: () => '/personal/granskning', phone: true },
	'a review': { who: 'moderator', path: () => `/personal/granskning/${pendingRevision()}`, phone: true },
	'all events': { who: 'moderator', path: () => '/personal/aktiviteter' },
	'staff event': { who: 'moderator', path: () => `/personal/aktiviteter/${anyEvent()}` },
	'staff new event': { who: 'moderator', path: () => '/personal/aktiviteter/ny' },
	'staff attendance': { who: 'moderator', path: () => `/personal/narvaro?forening=${organisationId(ORG_A.name)}` },
	'drop-in visits': { who: 'moderator', path: () => '/personal/narvaro/dropin' },
	'reports': { who: 'moderator', path: () => '/personal/rapporter', phone: true },
	'reports, two ways': { who: 'moderator', path: () => '/personal/rapporter?period=ar&varde=2026&per=district&och=category' },
	'organisations': { who: 'moderator', path: () => '/personal/foreningar' },
	'venues': { who: 'moderator', path: () => '/personal/platser' },
	'a meeting point': { who: 'moderator', path: () => `/personal/platser/${meetingPoint()}` },
	'new venue': { who: 'moderator', path: () => '/personal/platser/ny' },
	'districts': { who: 'moderator', path: () => '/personal/stadsdelar' },
	'categories': { who: 'moderator', path: () => '/personal/kategorier' },
	'users': { who: 'admin', path: () => '/personal/anvandare' },
	'log': { who: 'moderator', path: () => '/personal/logg' },
	'outbox': { who: 'moderator', path: () => '/personal/utkorg' },
	'settings': { who: 'moderator', path: () => '/personal/installningar' },
	'system settings': { who: 'admin', path: () => '/personal/installningar/system', phone: true },
	'system settings with errors': { who: 'admin', path: () => '/personal/installningar/system', then: async (page) => {
		await ready(page);
		await page.locator('#municipalityEmail').fill('ingen adress');
		await page.getByRole('button', { name: 'Spara inställningarna' }).click();
		await page.locator('#municipalityEmail-error').waitFor();
	} },
	'users, filtered': { who: 'admin', path: () => '/personal/anvandare?status=aktiv&roll=organiser', phone: true },
	'log, filtered': { who: 'moderator', path: () => '/personal/logg?person=1', phone: true },
	'all events, filtered': { who: 'moderator', path: () => '/personal/aktiviteter?status=published&inom=30', phone: true }
};

for (const [name, check] of Object.entries(CHECKS)) {
	for (const width of check.phone ? [1280, 390] : [1280]) {
		test(`${name} at ${width} px`, async ({ browser }) => {
			const ctx = await contextAs(browser, check.who ? ACCOUNTS[check.who] : null, undefined, { viewport: { width, height: 900 } });
			const page = await ctx.newPage();
			const res = await page.goto(check.path());
			expect(res?.status()).toBeLessThan(400);
			await check.then?.(page);
			await waitForMaps(page);
			await expectNoAxeViolations(page);
			await closeAll(ctx);
		});
	}
}
