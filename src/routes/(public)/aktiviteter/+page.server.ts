import type { PageServerLoad } from './$types';
import { readFilters, searchActivities, searchFacets } from '$lib/server/activity-search';
import { todayInStockholm } from '$lib/domain/dates';

export const load: PageServerLoad = ({ url }) => {
	const { filters, notices, vocab } = readFilters(url);
	return {
		filters,
		notices,
		vocab,
		list: searchActivities(filters),
		facets: searchFacets(filters),
		today: todayInStockholm()
	};
};
