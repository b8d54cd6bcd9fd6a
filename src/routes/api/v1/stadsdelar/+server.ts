import type { RequestHandler } from './$types';
import { apiJson, preflight } from '$lib/server/feeds/api';
import { getDb } from '$lib/server/db';
import { listDistricts } from '$lib/server/db/queries/places';
import { cached } from '$lib/server/cache';
import { districtCollection } from '$lib/server/feeds/geojson';

/** Districts as an RFC 7946 GeoJSON FeatureCollection. */
export const GET: RequestHandler = ({ url }) => apiJson(cached(`districts-geojson:${url.origin}`, () => districtCollection(listDistricts(getDb()), url.origin)));

export const OPTIONS: RequestHandler = preflight;
