import { expect, test } from '@playwright/test';
import { ActivitiesPage } from '../pages/activities';

/**
 * "What is on near me this week, free, no sign-up, step-free" with JavaScript on: every choice
 * updates the list in place (no page load), the URL follows, and Back undoes the last choice.
 */
test('filters update the list in place and Back restores the previous results', async ({ page }) => {
	const list = new ActivitiesPage(page);
	await list.goto();
	// A marker that survives client-side navigation but not a full page load.
	await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
	const samePage = () => page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage === true);
	const allTotal = await list.total();
	expect(allTotal).toBeGreaterThan(0);
	await list.openFilters();

	const history: { url: string; total: number; status: string }[] = [];
	const remember = async () =>
		history.push({ url: page.url(), total: await list.total(), status: (await list.resultCount.textContent())!.trim() });
	await remember();

	/** Ticks an input and waits for the list to follow; `expected` is the facet count shown next to it. */
	const choose = async (input: ReturnType<ActivitiesPage['checkbox']>, param: [string, string], expected?: number) => {
		const before = history.at(-1)!;
		await input.check();
		await expect(page).toHaveURL((u) => u.searchParams.getAll(param[0]).includes(param[1]));
		await expect(input).toBeChecked();
		// The choice keeps focus, so keyboard users can go on where they were.
		await expect(input).toBeFocused();
		if (expected === undefined || expected !== before.total) await expect(list.resultCount).not.toHaveText(before.status);
		if (expected !== undefined) {
			// Facet counts come from a query up to a minute older; one date may have ended since.
			await expect.poll(() => list.total()).toBeLessThanOrEqual(expected);
			expect(await list.total()).toBeGreaterThanOrEqual(expected - 1);
		}
		expect(await samePage(), 'the list updated without a page load').toBe(true);
		await remember();
	};

	// This week; late on a Sunday, when nothing suitable is left of it, next week.
	const probe = await page.request.get('/api/v1/aktiviteter?nar=denna-vecka&gratis=1&utan-anmalan=1&tillganglighet=rullstol');
	const thisWeek = ((await probe.json()) as { total: number }).total > 0;
	if (!thisWeek) test.info().annotations.push({ type: 'note', description: 'this week was over; using next week' });
	const [weekName, weekValue] = thisWeek ? ['Denna vecka', 'denna-vecka'] : ['Nästa vecka', 'nasta-vecka'];
	await choose(list.filterPanel.getByRole('radio', { name: weekName }), ['nar', weekValue]);
	expect(history.at(-1)!.total).toBeGreaterThan(0);
	expect(history.at(-1)!.total).toBeLessThan(allTotal);

	// Free, no sign-up, step-free: each gives the count its label promised.
	for (const [name, value] of [
		['gratis', '1'],
		['utan-anmalan', '1'],
		['tillganglighet', 'rullstol']
	] as const) {
		const facet = (await list.facetCounts(name)).find((f) => f.value === value)!;
		expect(facet, `${name}=${value} is offered`).toBeDefined();
		await choose(list.checkbox(name, value), [name, value], facet.count);
	}

	// Near me: the district with most of what is left.
	const districts = await list.facetCounts('stadsdel');
	expect(districts).toHaveLength(12);
	const near = districts.reduce((a, b) => (b.count > a.count ? b : a));
	expect(near.count).toBeGreaterThan(0);
	await choose(list.checkbox('stadsdel', near.value), ['stadsdel', near.value], near.count);
	expect(history.at(-1)!.total).toBeGreaterThan(0);

	const url = new URL(page.url());
	expect(url.searchParams.getAll('stadsdel')).toEqual([near.value]);
	expect(url.searchParams.get('gratis')).toBe('1');
	expect(url.searchParams.get('utan-anmalan')).toBe('1');
	expect(url.searchParams.getAll('tillganglighet')).toEqual(['rullstol']);

	// Whatever is listed is in that district, free, open to all and step-free.
	const items = await list.items.evaluateAll((lis) =>
		lis.map((li) => ({
			meta: li.querySelector('.meta')?.textContent?.replace(/\s+/g, ' ') ?? '',
			badges: [...li.querySelectorAll('.badges .badge')].map((b) => b.textContent!.trim())
		}))
	);
	expect(items.length).toBe(Math.min(history.at(-1)!.total, 25));
	for (const item of items) {
		expect(item.meta).toContain(`, ${near.label} ·`);
		expect(item.badges).toEqual(expect.arrayContaining(['Gratis', 'Ingen anmälan', 'Tillgängligt för rullstol']));
	}

	// Back undoes one choice at a time, list and all.
	for (let i = history.length - 2; i >= history.length - 3; i--) {
		await page.goBack();
		await expect(page).toHaveURL(history[i].url);
		await expect(list.resultCount).toHaveText(history[i].status);
		expect(await samePage()).toBe(true);
	}
	await expect(list.checkbox('stadsdel', near.value)).not.toBeChecked();
	await expect(list.checkbox('tillganglighet', 'rullstol')).not.toBeChecked();
	await expect(list.checkbox('utan-anmalan', '1')).toBeChecked();

	// And Forward redoes it.
	await page.goForward();
	await expect(page).toHaveURL(history.at(-2)!.url);
	await expect(list.resultCount).toHaveText(history.at(-2)!.status);
	await expect(list.checkbox('tillganglighet', 'rullstol')).toBeChecked();
	await expect(list.checkbox('stadsdel', near.value)).not.toBeChecked();
});
