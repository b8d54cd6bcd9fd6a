import type { PageServerLoad } from './$types';
import { emptyFilters } from '$lib/domain/filters';
import { todayInStockholm } from '$lib/domain/dates';
import { fiTitlesFor, searchActivities } from '$lib/server/activity-search';

/**
 * A page to read, with nothing on it that needs the browser's JavaScript: rendered on the server only,
 * so that a Swedish-speaking visitor's browser does not fetch the Finnish texts (10 KB) to show it.
 */
export const csr = false;

/** The Finnish entry page: always in Finnish, with the coming dates of activities held in Finnish. */
export const load: PageServerLoad = () => {
	const finnish = searchActivities(emptyFilters({ languages: ['fi'] }), new Date(), 12);
	return {
		items: finnish.items,
		total: finnish.total,
		fiTitles: fiTitlesFor('fi', finnish.items.map((i) => i.eventId)),
		today: todayInStockholm()
	};
};
