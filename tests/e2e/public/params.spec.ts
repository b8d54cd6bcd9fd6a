import { expect, test } from '@playwright/test';

const SCRIPT = '<script>alert(1)</script>';
const TEN_KB = 'stavgång och bridge '.repeat(540).slice(0, 10_240);

/** Query strings a visitor, a crawler or an attacker may send. Values are raw; URLSearchParams encodes them. */
const NONSENSE: [label: string, params: Record<string, string>][] = [
	['unknown district', { stadsdel: 'finns-inte' }],
	['district with markup', { stadsdel: SCRIPT }],
	['impossible date', { fran: '2026-13-45' }],
	['reversed and impossible range', { fran: '2026-02-30', till: '1999-01-01' }],
	['page far beyond the end', { sida: '99999' }],
	['negative page', { sida: '-1' }],
	['10 KB of search text', { q: TEN_KB }],
	['script in the search', { q: SCRIPT }],
	['SQL in the search', { q: "' OR 1=1 --" }],
	['FTS syntax in the search', { q: '"NEAR( a* OR ^b' }],
	['unknown weekday, time and accessibility', { dag: 'xyz', tid: 'natt', tillganglighet: SCRIPT, nar: SCRIPT }],
	['week that does not exist', { vecka: '2026-W99', stadsdel: 'nope' }],
	['week with markup', { vecka: SCRIPT, plats: SCRIPT }]
];

const ENDPOINTS = ['/aktiviteter', '/karta', '/program', '/kalender.ics', '/rss.xml', '/api/v1/aktiviteter', '/api/v1/platser'];

const url = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params)}`;

for (const path of ENDPOINTS) {
	test(`${path} never fails or echoes markup on nonsense parameters`, async ({ request }) => {
		for (const [label, params] of NONSENSE) {
			const res = await request.get(url(path, params));
			const body = await res.text();
			expect.soft(res.status(), `${label}: status`).toBeLessThan(500);
			expect.soft(body, `${label}: raw markup echoed`).not.toContain(SCRIPT);
			expect.soft(body.toLowerCase(), `${label}: raw markup echoed`).not.toContain('<script>alert');
			if (path.startsWith('/api/')) {
				expect.soft(res.headers()['content-type'], label).toContain('application/json');
				expect.soft(() => JSON.parse(body), `${label}: JSON body`).not.toThrow();
			} else if (res.status() === 400) {
				// Feeds are strict like the API: a plain-text Swedish answer instead of the whole municipality.
				expect.soft(path, label).toMatch(/^\/(kalender\.ics|rss\.xml)$/);
				expect.soft(res.headers()['content-type'], label).toBe('text/plain; charset=utf-8');
				expect.soft(body, label).toMatch(/^Felaktig fråga\n/);
			} else if (path === '/kalender.ics') {
				expect.soft(res.status(), label).toBe(200);
				expect.soft(body, label).toMatch(/^BEGIN:VCALENDAR/);
			} else if (path === '/rss.xml') {
				expect.soft(res.status(), label).toBe(200);
				expect.soft(body, label).toContain('<rss version="2.0"');
			} else {
				// Pages are forgiving: they show what they can and say what they ignored.
				expect.soft(res.status(), label).toBe(200);
				expect.soft(res.headers()['content-type'], label).toContain('text/html');
			}
		}
	});
}

test('the API answers a bad date with 400 and a plain message in JSON', async ({ request }) => {
	const badDates: Record<string, string>[] = [{ fran: '2026-13-45' }, { till: 'igår' }, { fran: '2026-02-30' }];
	for (const params of badDates) {
		const res = await request.get(url('/api/v1/aktiviteter', params));
		expect(res.status(), JSON.stringify(params)).toBe(400);
		expect(res.headers()['content-type']).toContain('application/json');
		const body = (await res.json()) as { error: string; messages: string[] };
		expect(body.error).toBe('Felaktig fråga');
		expect(body.messages).toContainEqual(expect.stringMatching(/^Datumet i (fran|till) kunde inte läsas\. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-12-01\.$/));
	}
	// An unknown district or an over-long search are refused too; a page beyond the end is empty, not an error.
	expect((await request.get(url('/api/v1/aktiviteter', { stadsdel: 'finns-inte' }))).status()).toBe(400);
	expect((await request.get(url('/api/v1/aktiviteter', { q: TEN_KB }))).status()).toBe(400);
	const far = await request.get(url('/api/v1/aktiviteter', { sida: '99999' }));
	expect(far.status()).toBe(200);
	const body = (await far.json()) as { page: number; items: unknown[]; meta: { next: string | null } };
	expect(body).toMatchObject({ page: 99999, items: [], meta: { next: null } });
});

test('the pages tell what they ignored', async ({ page }) => {
	await page.goto(url('/aktiviteter', { fran: '2026-13-45', stadsdel: 'finns-inte' }));
	const notice = page.locator('main .notice[role="status"]').first();
	await expect(notice).toContainText('Datumet kunde inte läsas');
	await expect(notice).toContainText('Något av valen i adressen känner vi inte igen');

	await page.goto(url('/aktiviteter', { q: TEN_KB }));
	await expect(page.locator('main .notice[role="status"]').first()).toContainText('Söktexten var för lång och har kortats.');
	await expect(page.locator('#q')).toHaveValue(TEN_KB.replace(/\s+/g, ' ').trim().slice(0, 200));

	await page.goto(url('/aktiviteter', { sida: '99999' }));
	await expect(page.getByText('Sidan du bad om finns inte. Här är den sista sidan.')).toBeVisible();
	await expect(page.locator('.pagination [aria-current="page"]')).toHaveText(/^Sida (\d+) av \1$/);

	await page.goto(url('/program', { vecka: '2026-W99', stadsdel: 'nope' }));
	await expect(page.locator('#p-week-error')).toHaveText(/Vi förstod inte vilken vecka du menar/);
	await expect(page.locator('#p-week')).toHaveValue('2026-W99');
	await expect(page.locator('#p-week')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Platsen eller stadsdelen finns inte. Välj i listan.')).toBeVisible();
});

test('markup in the search is shown as text, kept in the box and never run', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.goto(url('/aktiviteter', { q: SCRIPT }));
	await expect(page.locator('#q')).toHaveValue(SCRIPT);
	await expect(page.getByRole('heading', { name: 'Inga aktiviteter matchar dina val' })).toBeVisible();
	// The way out of the empty result: the chosen search as one removable button (its text shown once, as text).
	await expect(page.getByRole('link', { name: `Ta bort Sök: ${SCRIPT}`, exact: true })).toHaveAttribute('href', '/aktiviteter');
	await page.goto(url('/aktiviteter', { q: "' OR 1=1 --" }));
	await expect(page.locator('#q')).toHaveValue("' OR 1=1 --");
	expect(dialogs).toEqual([]);
});
