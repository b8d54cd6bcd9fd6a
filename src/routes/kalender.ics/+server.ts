import type { RequestHandler } from './$types';
import { readFilters, searchActivities } from '$lib/server/activity-search';
import { icsResponse, renderCalendar } from '$lib/server/feeds/ical';

/** The list's filters as a subscribable calendar (at most 1,000 dates). */
export const GET: RequestHandler = ({ url }) => {
	const { filters } = readFilters(url);
	const list = searchActivities({ ...filters, page: 1 }, new Date(), 1000);
	const body = renderCalendar(
		'Träffpunkt Karlskoga',
		list.items.map((i) => ({
			uid: `occurrence-${i.occurrenceId}@traffpunkt`,
			title: i.title,
			summary: i.summary,
			url: `${url.origin}/aktiviteter/${i.eventId}`,
			startsAt: i.startsAt,
			endsAt: i.endsAt,
			location: i.venueName,
			cancelled: i.cancelled,
			cancelNote: i.cancelNote,
			organiser: i.organisationName
		}))
	);
	return icsResponse(body, 'traffpunkt.ics');
};
