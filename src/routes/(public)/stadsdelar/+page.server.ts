import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listDistricts } from '$lib/server/db/queries/places';
import { cached } from '$lib/server/cache';

export const load: PageServerLoad = () => ({ districts: cached('districts', () => listDistricts(getDb())) });
