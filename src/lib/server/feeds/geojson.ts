import rewind from '@turf/rewind';
import type { DistrictSummary } from '../db/queries/places';
import type { GeoJsonGeometry } from '../db/schema';

/**
 * Districts as a FeatureCollection. RFC 7946 wants exterior rings counterclockwise and holes
 * clockwise; boundaries are stored as uploaded (often the other way round), so they are rewound here.
 */
export function districtCollection(districts: DistrictSummary[], origin: string) {
	return {
		type: 'FeatureCollection' as const,
		features: districts.map((d) => ({
			type: 'Feature' as const,
			id: d.slug,
			geometry: d.boundary ? (rewind(d.boundary as Parameters<typeof rewind>[0]) as unknown as GeoJsonGeometry) : null,
			properties: {
				slug: d.slug,
				name: d.name,
				residents65Plus: d.residents65Plus,
				meetingPoints: d.meetingPoints,
				venues: d.venues,
				upcoming: d.upcoming,
				url: `${origin}/stadsdelar/${d.slug}`
			}
		}))
	};
}
