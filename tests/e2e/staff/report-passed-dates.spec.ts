import { expect, test } from '@playwright/test';
import { ACCOUNTS, addDays, apiAs, closeAll, contextAs, dbGet, todayStockholm } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const svDay = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const digits = (s: string) => Number(s.replace(/[^\d]/g, '') || '0');

/** Dates held (not cancelled) of published events between two Stockholm dates, as the report reads them. */
const held = (from: string, to: string) =>
	dbGet<{ n: number }>(
		`SELECT count(*) AS n FROM occurrences o JOIN events e ON e.id = o.event_id AND e.published_revision_id IS NOT NULL
		 WHERE o.cancelled = 0 AND o.local_date BETWEEN ? AND ?`,
		from,
		to
	)!.n;

for (const width of [1280, 390]) {
	test(`a report over a period with future dates counts none of them, says it is ongoing and prints the method note (${width} px)`, async ({ browser }) => {
		test.setTimeout(60_000);
		const today = todayStockholm();
		const from = addDays(today, -14);
		const to = addDays(today, 30);
		const yesterday = addDays(today, -1);
		expect(held(today, to), 'the demo has coming dates in the period').toBeGreaterThan(0);
		const staff = await contextAs(browser, ACCOUNTS.moderator, undefined, { viewport: { width, height: 900 } });
		const page = await staff.newPage();
		await page.goto(`/personal/rapporter?period=egen&fran=${from}&till=${to}&per=district`);
		await expect(page.locator('#period-state')).toHaveText(`pågår – räknat t.o.m. ${svDay(yesterday)}`);
		const totalHeld = digits(await page.locator('#report-groups tfoot td').first().innerText());
		expect(totalHeld).toBe(held(from, yesterday));
		// Like with like: the same 14 days just before.
		await expect(page.getByRole('status')).toContainText(`${svDay(addDays(from, -45))} – ${svDay(addDays(from, -32))}`);
		await expect(page.locator('#report-method')).toContainText('Bara datum som har passerat räknas');
		await expect(page.locator('#report-method')).toContainText('antal under 5 deltagare');
		await expect(page.locator('#report-method')).toContainText(/Data per \d+ \p{L}+ \d{4}( kl\.)? \d{2}[:.]\d{2}/u);
		await expectNoAxeViolations(page);

		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('#report-method')).toBeVisible();
		await expect(page.locator('#report-method')).toContainText(`Data per`);
		await expect(page.locator('#period-state')).toBeVisible();
		await page.emulateMedia({ media: 'screen' });

		// A month that has not begun: nothing counted, nothing compared.
		const [y, m] = addDays(today, 62).split('-').map(Number);
		const future = `${y}-${String(m).padStart(2, '0')}`;
		await page.goto(`/personal/rapporter?period=manad&varde=${future}`);
		await expect(page.locator('#period-state')).toHaveText('har inte börjat – inga tillfällen räknas');
		expect(digits(await page.locator('#report-groups tfoot td').first().innerText())).toBe(0);
		await expect(page.getByRole('status')).toContainText('har inte börjat än');
		await expectNoAxeViolations(page);
		await closeAll(staff);
	});
}

test('the CSV keeps its header on line 1 and ends with the method note, every row as wide as the table', async () => {
	const today = todayStockholm();
	const api = await apiAs(ACCOUNTS.moderator);
	const res = await api.get(`/personal/rapporter.csv?period=egen&fran=${addDays(today, -14)}&till=${addDays(today, 30)}&per=district&tabell=grupper`);
	const lines = (await res.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
	expect(lines[0].split(';')[0]).toBe('Stadsdel');
	const blank = lines.indexOf(';'.repeat(6));
	expect(blank).toBeGreaterThan(1);
	expect(lines[blank - 1]).toMatch(/^Totalt;/);
	const note = lines.slice(blank + 1);
	expect(note[0]).toContain('pågår – räknat t.o.m.');
	expect(note.join('\n')).toContain('Bara datum som har passerat räknas');
	expect(note.join('\n')).toMatch(/Data per/);
	for (const line of lines) expect(line.replace(/"[^"]*"/g, '').split(';').length).toBe(7);
	await closeAll(api);
});
