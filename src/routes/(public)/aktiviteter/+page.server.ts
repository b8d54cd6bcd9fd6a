import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { withoutEmptyParams } from '$lib/server/clean-url';
import { readFilters, searchActivities, searchFacets } from '$lib/server/activity-search';
import { todayInStockholm } from '$lib/domain/dates';

export const load: PageServerLoad = ({ url }) => {
	const clean = withoutEmptyParams(url);
	if (clean) redirect(303, clean);
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
