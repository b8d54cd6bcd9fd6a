import { expect, test } from '@playwright/test';
import { ACCOUNTS, ORG_A, apiAs, closeAll, contextAs, dbGet, organisationId } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

/**
 * A past, unreported, not cancelled date of the demo organiser's events, at a venue in a district —
 * in an earlier month than this one: early in a month its report holds so few counts that small
 * numbers (and the district the test adds to) are shown as "dolt".
 */
function unreportedDate(excluding: number[] = []) {
	const row = dbGet<{ id: number; localDate: string; district: string }>(
		`SELECT o.id, o.local_date AS localDate, d.name AS district FROM occurrences o
		 JOIN events e ON e.id = o.event_id JOIN event_revisions r ON r.id = e.published_revision_id
		 JOIN venues v ON v.id = r.venue_id JOIN districts d ON d.id = v.district_id
		 LEFT JOIN attendance a ON a.occurrence_id = o.id
		 WHERE e.organisation_id = ? AND o.ends_at < ? AND o.local_date < ? AND o.cancelled = 0 AND a.occurrence_id IS NULL
		 AND o.id NOT IN (${excluding.length ? excluding.join(',') : '0'})
		 ORDER BY o.starts_at DESC LIMIT 1`,
		organisationId(ORG_A.name),
		Date.now() - 86_400_000,
		`${new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }).slice(0, 7)}-01`
	);
	if (!row) throw new Error('The demo data has no unreported past date for the organiser');
	return row;
}

const digits = (s: string) => Number(s.replace(/[^\d]/g, '') || '0');

/** RFC 4180: quoted cells may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [], cell = '', quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
			else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ';') row.push(cell), (cell = '');
		else if (ch === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
		else cell += ch;
	}
	if (cell || row.length) row.push(cell), rows.push(row);
	return rows;
}

test('recorded counts change the staff report by exactly that, and the CSV equals the table', async ({ browser }) => {
	// Two signed-in pages and two axe runs over the full report page: slow on a shared 2-core machine.
	test.setTimeout(60_000);
	const target = unreportedDate();
	const month = target.localDate.slice(0, 7);
	const reportUrl = `/personal/rapporter?period=manad&varde=${month}&per=district`;
	const staff = await contextAs(browser, ACCOUNTS.moderator);
	const organiser = await contextAs(browser, ACCOUNTS.organiser);
	const staffPage = await staff.newPage();
	const orgPage = await organiser.newPage();

	const participantsCell = () => staffPage.locator('#report-groups tbody tr', { has: staffPage.locator('td', { hasText: new RegExp(`^${target.district}$`) }) }).locator('td').nth(3);
	await staffPage.goto(reportUrl);
	const before = digits(await participantsCell().innerText());

	await orgPage.goto(`/forening/narvaro?manad=${month}`);
	await expectNoAxeViolations(orgPage);
	await orgPage.fill(`#c-${target.id}-total`, '17');
	await orgPage.fill(`#c-${target.id}-women`, '10');
	await orgPage.fill(`#c-${target.id}-men`, '6');
	await orgPage.fill(`#c-${target.id}-otherGender`, '0');
	await orgPage.getByRole('button', { name: 'Spara närvaron' }).click();
	await expect(orgPage.locator(`#c-${target.id}-women-error`)).toContainText('ska tillsammans bli 17');
	await expect(orgPage.locator(`#c-${target.id}-total`)).toHaveValue('17');
	await orgPage.fill(`#c-${target.id}-otherGender`, '1');
	await orgPage.getByRole('button', { name: 'Spara närvaron' }).click();
	await expect(orgPage.getByRole('status')).toContainText('1 tillfälle sparat');
	expect(dbGet<{ total: number }>('SELECT total FROM attendance WHERE occurrence_id = ?', target.id)?.total).toBe(17);

	await staffPage.goto(reportUrl);
	expect(digits(await participantsCell().innerText())).toBe(before + 17);
	await expectNoAxeViolations(staffPage);

	const screenRows = await staffPage.locator('#report-groups tbody tr').evaluateAll((rows) =>
		rows.map((r) => [...r.querySelectorAll('td')].map((c) => (c.textContent ?? '').trim()))
	);
	const api = await apiAs(ACCOUNTS.moderator);
	const csv = await (await api.get(`/personal/rapporter.csv?period=manad&varde=${month}&per=district&tabell=grupper`)).text();
	const allRows = parseCsv(csv.replace(/^\uFEFF/, '').trim());
	// The method note follows the table after one empty row.
	const csvRows = allRows.slice(1, allRows.findIndex((r) => r.every((c) => c === '')) - 1);
	expect(csvRows.length).toBe(screenRows.length);
	for (const [i, row] of screenRows.entries()) {
		expect(csvRows[i][0]).toBe(row[0]);
		for (const col of [1, 2, 3]) expect(digits(csvRows[i][col])).toBe(digits(row[col]));
	}
	await closeAll(staff, organiser, api);
});

test('an organiser cannot record counts for another organisation\'s date', async () => {
	const other = dbGet<{ id: number }>(
		`SELECT o.id FROM occurrences o JOIN events e ON e.id = o.event_id WHERE e.organisation_id != ? AND o.ends_at < ? LIMIT 1`,
		organisationId(ORG_A.name),
		Date.now()
	)!;
	const before = dbGet<{ total: number }>('SELECT total FROM attendance WHERE occurrence_id = ?', other.id)?.total ?? null;
	const api = await apiAs(ACCOUNTS.organiser);
	const res = await api.post('/forening/narvaro?/save', {
		form: { occurrence: String(other.id), [`c-${other.id}-total`]: '999' },
		headers: { Origin: (await import('../pages/backoffice')).BASE_URL, Accept: 'text/html' }
	});
	expect(res.status()).toBe(400);
	expect(dbGet<{ total: number }>('SELECT total FROM attendance WHERE occurrence_id = ?', other.id)?.total ?? null).toBe(before);
	await closeAll(api);
});
