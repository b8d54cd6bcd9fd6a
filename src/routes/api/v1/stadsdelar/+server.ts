import type { RequestHandler } from './$types';
import { apiJson, preflight } from '$lib/server/feeds/api';
import { getDb } from '$lib/server/db';
import { listDistricts } from '$lib/server/db/queries/places';
import { cached } from '$lib/server/cache';

/** Districts as a GeoJSON FeatureCollection. */
export const GET: RequestHandler = ({ url }) => {
	const districts = cached('districts', () => listDistricts(getDb()));
	return apiJson({
		type: 'FeatureCollection',
		features: districts.map((d) => ({
			type: 'Feature',
			id: d.slug,
			geometry: d.boundary,
			properties: {
				slug: d.slug,
				name: d.name,
				residents65Plus: d.residents65Plus,
				meetingPoints: d.meetingPoints,
				venues: d.venues,
				upcoming: d.upcoming,
				url: `${url.origin}/stadsdelar/${d.slug}`
			}
		}))
	});
};

export const OPTIONS: RequestHandler = preflight;
