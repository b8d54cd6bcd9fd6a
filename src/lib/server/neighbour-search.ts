import { currentTenant, neighboursOf, withTenant } from './tenancy';
import { fiTitlesFor, readFilters, searchActivities } from './activity-search';
import { listItem, type ListItem } from './list-cards';
import type { Locale } from '../i18n';

/** How many of a neighbour's dates the list shows under one's own; the rest are a link away. */
export const NEIGHBOUR_DATES = 10;

export type NeighbourResults = { id: string; name: string; origin: string; total: number; items: ListItem[]; fiTitles: Record<number, string>; href: string };

/** The neighbouring municipalities a resident may widen a search to (none with only one municipality). */
export function neighbourNames(): string[] {
	return neighboursOf(currentTenant()).map((t) => t.name);
}

/** Parameters that name one municipality's own districts, places or pages: not carried to a neighbour. */
const OWN = ['stadsdel', 'plats', 'sida', 'grannar', 'visa'];

/**
 * "Visa även grannkommuner": the same search in each neighbouring municipality, answered by that
 * municipality's own index inside its own context (its districts and places are its own, so those
 * choices are left out). Each date links to the neighbour's own site.
 */
export function searchNeighbours(url: URL, locale: Locale, now = new Date()): NeighbourResults[] {
	const params = new URLSearchParams([...url.searchParams].filter(([k]) => !OWN.includes(k)));
	const query = params.toString();
	return neighboursOf(currentTenant()).map((n) =>
		withTenant(n, () => {
			const { filters } = readFilters(new URL(`${n.origin}/aktiviteter${query ? `?${query}` : ''}`));
			const page = searchActivities({ ...filters, page: 1 }, now, NEIGHBOUR_DATES);
			const items = page.items.map(listItem);
			return {
				id: n.id,
				name: n.name,
				origin: n.origin,
				total: page.total,
				items,
				fiTitles: fiTitlesFor(locale, items.map((i) => i.eventId)),
				href: `${n.origin}/aktiviteter${query ? `?${query}` : ''}`
			};
		})
	);
}
