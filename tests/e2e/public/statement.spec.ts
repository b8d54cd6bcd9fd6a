import { expect, test, type Page } from '@playwright/test';
import { DEMO } from '../support/demo';

const PUBLIC_PAGES = ['/', '/aktiviteter', '/aktiviteter/1', '/suomeksi', '/lattlast', '/platser', `/platser/${DEMO.meetingPoint.slug}`, '/stadsdelar', `/stadsdelar/${DEMO.district.slug}`, '/karta', '/program', `/program?stadsdel=${DEMO.district.slug}`, '/tillganglighet', '/personuppgifter'];

async function sendEmptyReport(page: Page) {
	await page.goto('/tillganglighet');
	await page.getByRole('button', { name: 'Skicka rapporten' }).click();
}

for (const javaScriptEnabled of [false, true]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('the report form puts the keyboard on its error summary, then on its thank-you', async ({ page }) => {
			await sendEmptyReport(page);
			const summary = page.getByRole('alert');
			await expect(summary).toContainText('Rätta det här innan du skickar');
			await expect(summary).toBeFocused();
			await expect(page).toHaveTitle(/^Fel: /);
			await page.getByLabel('Vad fungerade inte?').fill('Knappen för textstorlek syns dåligt i mörkt läge.');
			await page.getByRole('button', { name: 'Skicka rapporten' }).click();
			const thanks = page.locator('#rapport-svar');
			await expect(thanks).toContainText('Tack!');
			await expect(thanks).toBeFocused();
		});
	});
}

test.describe('the statement and every public page', () => {
	test.use({ javaScriptEnabled: false });

	test("the statement follows Digg's model", async ({ page }) => {
		await page.goto('/tillganglighet');
		for (const heading of ['Hur tillgänglig är webbplatsen?', 'Rapportera brister i webbplatsens tillgänglighet', 'Tillsyn', 'Innehåll som inte är tillgängligt', 'Bristande förenlighet med lagkraven', 'Innehåll som inte omfattas av lagkraven', 'Hur vi testat webbplatsen'])
			await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
		await expect(page.locator('main')).toContainText('delvis förenlig');
		await expect(page.locator('main')).toContainText('3.1.2');
		await expect(page.locator('a[href="https://www.digg.se/tdosanmalan"]')).toBeVisible();
		await expect(page.locator('main')).toContainText('Redogörelsen uppdaterades senast den');
	});

	test('every public page has its own meta description and the footer phone is a tel: link', async ({ page }) => {
		const seen = new Set<string>();
		for (const path of PUBLIC_PAGES) {
			await page.goto(path);
			const descriptions = page.locator('meta[name="description"]');
			await expect(descriptions, path).toHaveCount(1);
			const text = (await descriptions.getAttribute('content')) ?? '';
			expect(text.length, path).toBeGreaterThan(20);
			seen.add(text);
		}
		expect(seen.size).toBeGreaterThan(8);
		await expect(page.locator('footer a[href^="tel:"]')).toHaveAttribute('href', 'tel:+4658661000');
	});

	test('targets are at least 44 px high: links outside running text, buttons, fields', async ({ page }) => {
		for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
			await page.setViewportSize(viewport);
			for (const path of PUBLIC_PAGES) {
				await page.goto(path);
				const small = await page.evaluate(() =>
					[...document.querySelectorAll<HTMLElement>('main a[href], main button, main input:not([type=checkbox]):not([type=radio]), main select, main summary, footer a')]
						.filter((el) => el.offsetParent !== null && !el.closest('.map-box'))
						// Links inside a sentence are exempt (WCAG 2.5.8): their paragraph has other text around them.
						.filter((el) => {
							if (el.tagName !== 'A') return true;
							const block = el.closest('p, li, dd, td');
							return !block || block.textContent!.trim() === el.textContent!.trim();
						})
						.map((el) => ({ what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`, h: el.getBoundingClientRect().height }))
						.filter((t) => t.h < 43.5)
				);
				expect(small, `${path} at ${viewport.width} px`).toEqual([]);
			}
		}
	});
});

test.describe('in the English interface', () => {
	test('organiser-written text is marked as Swedish (WCAG 3.1.2)', async ({ page, context, baseURL }) => {
		await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
		await page.goto('/aktiviteter/1');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('h1')).toHaveAttribute('lang', 'sv');
		await expect(page.locator('.lead').first()).toHaveAttribute('lang', 'sv');
		await page.goto('/aktiviteter');
		await expect(page.locator('.occurrence-title a').first()).toHaveAttribute('lang', 'sv');
		// Interface text is not marked.
		await expect(page.locator('h1')).not.toHaveAttribute('lang', /./);
	});
});

test.describe('forced colours (Windows high contrast)', () => {
	test('the chosen text size and the current page stay marked', async ({ page }) => {
		await page.emulateMedia({ forcedColors: 'active' });
		await page.goto('/aktiviteter');
		const styles = await page.evaluate(() => {
			const pick = (sel: string) => {
				const s = getComputedStyle(document.querySelector(sel)!);
				return { adjust: s.getPropertyValue('forced-color-adjust'), border: s.borderTopWidth, decoration: s.textDecorationLine };
			};
			return { size: pick('.wide-only .site-settings button[aria-pressed="true"]'), page: pick('.main-nav a[aria-current="page"]') };
		});
		for (const s of [styles.size, styles.page]) {
			expect(s.adjust).toBe('none');
			expect(s.border).toBe('3px');
			expect(s.decoration).toContain('underline');
		}
	});
});

test('filter counts never wrap apart from their label', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/aktiviteter?kategori=motion');
	await page.locator('details.filter-details > summary').click();
	await page.locator('details.group > summary', { hasText: 'Passar för' }).click();
	const split = await page.locator('label.check .count').evaluateAll((counts) =>
		counts
			.filter((c) => (c as HTMLElement).offsetParent !== null)
			.filter((c) => {
				// The count and the last word of the label sit on the same line.
				const range = document.createRange();
				const label = c.previousSibling?.previousSibling as HTMLElement;
				range.selectNodeContents(label);
				const rects = [...range.getClientRects()];
				return Math.abs(rects.at(-1)!.top - c.getBoundingClientRect().top) > 4;
			}).length
	);
	expect(split).toBe(0);
});
