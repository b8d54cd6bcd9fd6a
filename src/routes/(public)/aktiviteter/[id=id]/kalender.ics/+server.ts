import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getPublicEvent, listEventDates } from '$lib/server/db/queries/event-detail';
import { icsResponse, renderCalendar } from '$lib/server/feeds/ical';

const RECENT_MS = 30 * 86_400_000;

export const GET: RequestHandler = ({ params, url }) => {
	const db = getDb();
	const event = getPublicEvent(db, Number(params.id));
	if (!event) error(404, 'Aktiviteten finns inte.');
	const dates = listEventDates(db, event.id, Date.now() - RECENT_MS);
	const location = event.venue ? `${event.venue.name}, ${event.venue.address}, ${event.venue.city}` : null;
	const body = renderCalendar(
		event.title,
		dates.map((d) => ({
			uid: `occurrence-${d.id}@traffpunkt`,
			title: event.title,
			summary: event.summary,
			url: `${url.origin}/aktiviteter/${event.id}`,
			startsAt: d.startsAt,
			endsAt: d.endsAt,
			location,
			cancelled: d.cancelled || event.status === 'cancelled',
			cancelNote: d.cancelNote,
			organiser: event.organisation.name
		}))
	);
	return icsResponse(body, `aktivitet-${event.id}.ics`);
};
