import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listSources } from '$lib/server/db/queries/calendar-sources';
import { requireOrganisation } from '$lib/server/organisation-context';
import { calendarActor } from '$lib/server/calendar-import-form';

export const load: PageServerLoad = (event) => {
	const { scope, staff } = calendarActor(event, requireOrganisation(event));
	const sources = listSources(getDb(), scope).map(({ source: s, organisation }) => ({
		id: s.id, name: s.name, organisation, status: s.status, lastFetchedAt: s.lastFetchedAt?.getTime() ?? null, lastErrorCode: s.lastErrorCode, lastCounts: s.lastCounts
	}));
	return { sources, staff };
};
