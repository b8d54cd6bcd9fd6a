import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { withoutEmptyParams } from '$lib/server/clean-url';
import { fiTitlesFor, readFilters, searchList, suggestQuery } from '$lib/server/activity-search';
import { todayInStockholm } from '$lib/domain/dates';
import { listGroup, listItem } from '$lib/server/list-cards';
import { neighbourNames, searchNeighbours } from '$lib/server/neighbour-search';

export const load: PageServerLoad = ({ url, locals }) => {
	const clean = withoutEmptyParams(url);
	if (clean) redirect(303, clean);
	const { filters, notices, vocab } = readFilters(url);
	const now = new Date();
	const { list, groups, dateTotal, facets } = searchList(filters, now);
	return {
		filters,
		notices,
		vocab,
		// Only what the cards show: the data goes into the page twice (HTML and hydration data).
		list: { ...list, items: list.items.map(listItem) },
		groups: groups && groups.map(listGroup),
		dateTotal,
		facets,
		fiTitles: fiTitlesFor(locals.locale, [...list.items.map((i) => i.eventId), ...(groups ?? []).map((g) => g.eventId)]),
		suggestion: list.total === 0 && filters.q ? suggestQuery(filters, now) : null,
		today: todayInStockholm(now),
		/** "Visa även grannkommuner" (README "Flera kommuner"): offered when the municipality has neighbours served here. */
		neighbours: neighbourNames(),
		nearby: url.searchParams.get('grannar') === '1' ? searchNeighbours(url, locals.locale, now) : null
	};
};
