import type { PageServerLoad } from './$types';
import { fiTitlesFor, readFilters, searchActivities } from '$lib/server/activity-search';
import { addDays, todayInStockholm } from '$lib/domain/dates';
import { getDb } from '$lib/server/db';
import { listVenues } from '$lib/server/db/queries/places';
import { cached } from '$lib/server/cache';

export const load: PageServerLoad = ({ url, cookies, locals }) => {
	const { filters, vocab } = readFilters(new URL('/?nar=idag', url));
	const todayDate = todayInStockholm();
	const today = searchActivities({ ...filters, page: 1 });
	// In the evening today is over: show tomorrow instead of an empty list.
	const tomorrow = today.total === 0 ? searchActivities({ ...filters, when: 'imorgon', page: 1 }) : null;
	const shown = tomorrow ?? today;
	const remembered = cookies.get('stadsdel');
	return {
		vocab,
		day: tomorrow ? ('imorgon' as const) : ('idag' as const),
		dayDate: tomorrow ? addDays(todayDate, 1) : todayDate,
		items: shown.items.slice(0, 8),
		fiTitles: fiTitlesFor(locals.locale, shown.items.slice(0, 8).map((i) => i.eventId)),
		total: shown.total,
		todayDate,
		district: vocab.districts.some((d) => d.slug === remembered) ? remembered! : null,
		meetingPoints: cached('venues', () => listVenues(getDb()))
			.filter((v) => v.kind === 'meeting_point')
			.map((v) => ({ slug: v.slug, name: v.name }))
	};
};
