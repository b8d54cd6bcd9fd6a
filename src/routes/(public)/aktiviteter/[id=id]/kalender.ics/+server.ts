import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getPublicEvent, listEventDates } from '$lib/server/db/queries/event-detail';
import { calendarFacts } from '$lib/server/db/queries/feed-facts';
import { icsResponse, occurrenceUid, postalAddress, renderCalendarBytes } from '$lib/server/feeds/ical';
import { feedBadRequest, feedNotFound } from '$lib/server/feeds/api';
import { REFRESH_SECONDS } from '$lib/server/feeds/feed-window';
import { feeds } from '$lib/i18n/messages/feeds';
import { feedErrors } from '$lib/i18n/messages/feed-errors';

const RECENT_MS = 30 * 86_400_000;

/**
 * An event's dates from 30 days back, or with `?tillfalle=<id>` that one date ("lägg till det här
 * datumet"), under the same UID as in every other feed so that a calendar never holds it twice.
 * Each date's status is its own: past dates of a cancelled event stay as they were held.
 */
export const GET: RequestHandler = ({ params, url }) => {
	const db = getDb();
	const event = getPublicEvent(db, Number(params.id));
	if (!event) return feedNotFound(feedErrors.sv.eventNotFound);
	const only = url.searchParams.get('tillfalle');
	let dates = listEventDates(db, event.id, Date.now() - RECENT_MS);
	if (only !== null) {
		dates = dates.filter((d) => String(d.id) === only);
		if (!dates.length) return feedBadRequest([feedErrors.sv.occurrence]);
	}
	const facts = calendarFacts(db, dates.map((d) => d.id));
	const place = event.venue ? { name: event.venue.name, address: postalAddress(event.venue), lat: event.venue.lat, lng: event.venue.lng } : null;
	const body = renderCalendarBytes(
		only === null
			? { name: event.title, description: feeds.sv.eventCalendarDescription(event.title), source: url.href, refreshSeconds: REFRESH_SECONDS }
			: { name: event.title },
		dates.map((d) => ({
			uid: occurrenceUid(d.id, url.hostname),
			sequence: facts.get(d.id)?.sequence ?? 0,
			modifiedAt: facts.get(d.id)?.modifiedAt ?? event.updatedAt,
			title: event.title,
			summary: event.summary,
			url: `${url.origin}/aktiviteter/${event.id}`,
			startsAt: d.startsAt,
			endsAt: d.endsAt,
			place,
			cancelled: d.cancelled,
			cancelNote: d.cancelNote,
			organiser: event.organisation.name
		}))
	);
	return icsResponse(body, only === null ? `aktivitet-${event.id}.ics` : `aktivitet-${event.id}-${dates[0].localDate}.ics`);
};
