import type { PageServerLoad } from './$types';
import { filtersToParams } from '$lib/domain/filters';
import { readFilters, searchActivities } from '$lib/server/activity-search';
import { todayInStockholm } from '$lib/domain/dates';
import { parseEmbedOptions } from '$lib/domain/embed';
import { describeFilters } from '$lib/server/embed';

export const load: PageServerLoad = ({ url, locals }) => {
	const options = parseEmbedOptions(url.searchParams);
	// The same filters, vocabulary and search index as /aktiviteter; always one date a row.
	const { filters, vocab } = readFilters(url);
	const f = { ...filters, view: null, page: 1 };
	const now = new Date();
	const { items, total } = searchActivities(f, now, options.limit);
	const what = describeFilters(f, vocab, locals.locale);
	const query = filtersToParams(f).toString();
	return { items, total, what, fullHref: `/aktiviteter${query ? `?${query}` : ''}`, today: todayInStockholm(now) };
};
