import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getPublicEvent } from '$lib/server/db/queries/event-detail';
import { readFilters } from '$lib/server/activity-search';
import { filtersToParams } from '$lib/domain/filters';

/**
 * How to subscribe, for one event (`?aktivitet=<id>`) or for the list's filters (the same query as
 * /kalender.ics). Forgiving like the pages: what cannot be read is left out of the feed address.
 */
export const load: PageServerLoad = ({ url }) => {
	const id = url.searchParams.get('aktivitet');
	const event = id && /^\d{1,9}$/.test(id) ? getPublicEvent(getDb(), Number(id)) : null;
	let path: string;
	if (event) path = `/aktiviteter/${event.id}/kalender.ics`;
	else {
		const query = filtersToParams({ ...readFilters(url).filters, page: 1 }).toString();
		path = `/kalender.ics${query ? `?${query}` : ''}`;
	}
	return {
		event: event ? { id: event.id, title: event.title } : null,
		listQuery: event ? '' : path.split('?')[1] ?? '',
		https: `${url.origin}${path}`,
		webcal: `webcal://${url.host}${path}`
	};
};
