import { expect, type Locator, type Page } from '@playwright/test';

/**
 * /aktiviteter: search, the filter panel (a <details>, folded when there are results), the chosen
 * filters as removable buttons, the live result count and the list.
 */
export class ActivitiesPage {
	readonly filterPanel: Locator;
	readonly filterSummary: Locator;
	readonly resultCount: Locator;
	readonly applyButton: Locator;
	readonly dayHeadings: Locator;
	readonly items: Locator;
	readonly selected: Locator;

	constructor(readonly page: Page) {
		this.filterPanel = page.locator('details.filter-details');
		this.filterSummary = this.filterPanel.locator('> summary');
		this.resultCount = page.locator('p.result-count[role="status"]');
		this.applyButton = page.getByRole('button', { name: 'Visa aktiviteter' });
		this.dayHeadings = page.locator('section.day > h2.day-heading');
		this.items = page.locator('li.card.occurrence');
		this.selected = page.locator('section.selected-filters');
	}

	async goto(query = '') {
		await this.page.goto(`/aktiviteter${query ? `?${query}` : ''}`);
		await expect(this.page.getByRole('heading', { level: 1, name: 'Aktiviteter' })).toBeVisible();
	}

	/**
	 * Opens "Välj vad du vill se". A click that lands while the page is still hydrating can be undone
	 * by it (Svelte sets the panel back to its server-rendered state), so a closed panel is clicked
	 * again, as a person would, until it stays open.
	 */
	async openFilters() {
		await expect(async () => {
			if ((await this.filterPanel.getAttribute('open')) === null) await this.filterSummary.click();
			await expect(this.filterPanel).toHaveAttribute('open', '', { timeout: 1_000 });
		}).toPass({ timeout: 10_000 });
	}

	/** The removable button of one chosen filter, by its visible label ("Centrum"). */
	chip(label: string): Locator {
		return this.selected.locator('a.chip', { hasText: label });
	}

	/** Unfolds one group (its summary only shows on small screens; wide ones show every group). */
	async openGroup(name: string) {
		const group = this.filterPanel.locator('details.group').filter({ has: this.page.locator(`input[name="${name}"]`) }).first();
		const summary = group.locator('> summary');
		if ((await summary.isVisible()) && (await group.getAttribute('open')) === null) await summary.click();
		await expect(group.locator(`input[name="${name}"]`).first()).toBeVisible();
	}

	/** The fieldset of one filter group, by its legend ("Stadsdel", "Veckodag", …). */
	group(legend: string): Locator {
		return this.filterPanel.locator('fieldset').filter({ has: this.page.locator('legend', { hasText: legend }) }).first();
	}

	/** The checkbox for `value` in the group whose inputs are named `name`. */
	checkbox(name: string, value: string): Locator {
		return this.filterPanel.locator(`input[type="checkbox"][name="${name}"][value="${value}"]`);
	}

	/** Value and facet count of every checkbox named `name`, read from the "(12)" in its label. */
	async facetCounts(name: string): Promise<{ value: string; label: string; count: number }[]> {
		return this.filterPanel.locator(`label.check:has(input[name="${name}"])`).evaluateAll((labels, n) =>
			labels.map((l) => {
				const input = l.querySelector<HTMLInputElement>(`input[name="${n}"]`)!;
				const text = l.textContent ?? '';
				const m = /\((\d+)\)\s*$/.exec(text.trim());
				return { value: input.value, label: text.replace(/\(\d+\)\s*$/, '').trim(), count: m ? Number(m[1]) : NaN };
			}), name);
	}

	/** The number in "N tillfällen" of the status line. */
	async total(): Promise<number> {
		const text = (await this.resultCount.locator('strong').textContent()) ?? '';
		const m = /(\d+)\s+tillf/.exec(text);
		expect(m, `result count text: ${text}`).not.toBeNull();
		return Number(m![1]);
	}

	/** Event hrefs of the list items currently shown. */
	async eventLinks(): Promise<string[]> {
		return this.items.locator('.occurrence-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	}
}
