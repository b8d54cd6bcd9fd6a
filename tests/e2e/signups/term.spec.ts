import { expect, test } from '@playwright/test';
import { closeAll, contextAs, dbAll, dbGet, latestMail, unique } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

/**
 * A course or a weekly group: one sign-up for every later date of the term, each with its own
 * personal link, so that one date can be cancelled and the rest kept. Without JavaScript, on a phone.
 * The date is taken from events with the largest capacity (signup.spec.ts takes the smallest ones).
 */
type Start = { eventId: number; occurrenceId: number; title: string; later: number };

function termStart(): Start {
	const rows = dbAll<Start>(
		`SELECT e.id AS eventId, o.id AS occurrenceId, r.title,
		   (SELECT count(*) FROM occurrences l WHERE l.event_id = e.id AND l.starts_at > o.starts_at AND NOT l.cancelled
		      AND l.local_date <= substr(o.local_date, 1, 4) || CASE WHEN CAST(substr(o.local_date, 6, 2) AS INTEGER) <= 6 THEN '-06-30' ELSE '-12-31' END) AS later
		 FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
		 JOIN occurrences o ON o.event_id = e.id AND o.starts_at > ? AND NOT o.cancelled
		 WHERE e.status = 'published' AND r.signup_online = 1 AND coalesce(r.signup_deadline_hours, 0) <= 24
		   AND NOT EXISTS (SELECT 1 FROM signups s JOIN occurrences so ON so.id = s.occurrence_id WHERE so.event_id = e.id)
		 ORDER BY coalesce(r.capacity, 1000) DESC, o.starts_at`,
		Date.now() + 2 * 86_400_000
	);
	const s = rows.find((r) => r.later >= 2);
	if (!s) throw new Error('The demo data has no sign-up series with two later dates in the term.');
	return s;
}

test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

test('signing up for the rest of the term: one receipt, a link per date, one date cancelled and the others kept', async ({ browser }) => {
	test.setTimeout(60_000);
	const s = termStart();
	const email = `${unique('termin')}@example.se`;
	const context = await contextAs(browser, null, undefined, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	try {
		await page.goto(`/aktiviteter/${s.eventId}/anmalan/${s.occurrenceId}`);
		const group = page.getByRole('group', { name: 'Vilka gånger vill du komma?' });
		await expect(group.getByRole('radio', { name: /^Bara den här gången/ })).toBeChecked();
		const all = group.getByRole('radio', { name: new RegExp(`^Alla ${s.later + 1} gånger resten av terminen, till och med `) });
		await all.check();
		await page.getByLabel('Ditt namn').fill('Maj Terminsson');
		await page.getByLabel('E-postadress').fill(email);
		await page.getByRole('button', { name: /Skicka anmälan|Ställ dig på väntelistan/ }).click();

		await expect(page).toHaveURL(/\/anmalan\/kvitto\/[\w-]+\?ny&fler=/);
		await expect(page.getByRole('heading', { level: 2, name: `Du är anmäld till ${s.later + 1} gånger` })).toBeVisible();
		const links = page.getByRole('link', { name: /^Visa eller avboka: / });
		await expect(links).toHaveCount(s.later);
		// axe runs inside the page: the same two pages once more with JavaScript.
		const receipt = page.url();
		const jsContext = await contextAs(browser, null, undefined, { javaScriptEnabled: true, viewport: { width: 390, height: 844 } });
		const withJs = await jsContext.newPage();
		for (const url of [`/aktiviteter/${s.eventId}/anmalan/${s.occurrenceId}`, receipt]) {
			await withJs.goto(url);
			await expectNoAxeViolations(withJs);
		}
		await jsContext.close();

		const mail = await latestMail(email, /^Anmäld till \d+ tillfällen/);
		expect(mail.subject).toBe(`Anmäld till ${s.later + 1} tillfällen: ${s.title}`);
		expect(mail.body.match(/\/anmalan\/kvitto\//g)).toHaveLength(s.later + 1);

		// The second date, cancelled by its own link.
		await links.first().click();
		await page.getByRole('link', { name: 'Avboka här' }).click();
		await page.getByRole('button', { name: 'Ja, avboka' }).click();
		await expect(page.getByText('Du är avbokad.')).toBeVisible();
		const rows = dbAll<{ status: string }>(
			`SELECT s.status FROM signups s JOIN occurrences o ON o.id = s.occurrence_id WHERE s.email = ? ORDER BY o.starts_at`,
			email
		);
		expect(rows.map((r) => r.status)).toEqual(['confirmed', 'cancelled', ...Array(s.later - 1).fill('confirmed')]);
		expect(dbGet<{ n: number }>('SELECT count(*) AS n FROM signups WHERE email = ?', email)!.n).toBe(s.later + 1);
	} finally {
		await closeAll(context);
	}
});
