import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { withoutEmptyParams } from '$lib/server/clean-url';
import { districtAreas, readFilters, searchMap } from '$lib/server/activity-search';

export const load: PageServerLoad = ({ url }) => {
	const clean = withoutEmptyParams(url);
	if (clean) redirect(303, clean);
	const { filters, notices, vocab } = readFilters(url);
	const { facets, venues } = searchMap(filters);
	return { filters, notices, vocab, facets, venues, areas: districtAreas() };
};
