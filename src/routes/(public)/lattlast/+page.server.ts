import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listEasyReadEvents } from '$lib/server/db/queries/easy-read';

export const load: PageServerLoad = () => ({ events: listEasyReadEvents(getDb()) });
