import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listVenues } from '$lib/server/db/queries/places';
import { cached } from '$lib/server/cache';

export const load: PageServerLoad = () => ({ venues: cached('venues', () => listVenues(getDb())) });
