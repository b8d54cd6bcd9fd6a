import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { withoutEmptyParams } from '$lib/server/clean-url';
import { getDb } from '$lib/server/db';
import { readFilters, searchFacets, searchVenues } from '$lib/server/activity-search';
import { listDistricts } from '$lib/server/db/queries/places';
import { cached } from '$lib/server/cache';
import { remoteActivities } from '$lib/server/db/queries/remote';

export const load: PageServerLoad = ({ url }) => {
	const clean = withoutEmptyParams(url);
	if (clean) redirect(303, clean);
	const { filters, notices, vocab } = readFilters(url);
	const districts = cached('districts', () => listDistricts(getDb()));
	return {
		filters,
		notices,
		vocab,
		facets: searchFacets(filters),
		venues: searchVenues(filters),
		remote: cached(`remote:${JSON.stringify({ ...filters, page: 1 })}`, () => remoteActivities(getDb(), filters)),
		areas: districts.filter((d) => d.boundary).map((d) => ({ id: d.slug, name: d.name, href: `/stadsdelar/${d.slug}`, geometry: d.boundary! }))
	};
};
