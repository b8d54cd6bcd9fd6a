import type { RequestHandler } from './$types';
import { calendarFactsFor } from '$lib/server/activity-search';
import { icsResponse, occurrenceUid, postalAddress, renderCalendarBytes, type IcsPlace } from '$lib/server/feeds/ical';
import { readFeedQuery, type FeedQuery } from '$lib/server/feeds/query';
import { cachedFeed } from '$lib/server/feeds/feed-cache';
import { feedBadRequest } from '$lib/server/feeds/api';
import { CALENDAR_DAYS, CALENDAR_MAX_DATES, REFRESH_SECONDS, feedPeriod, feedTitle, feedWindow } from '$lib/server/feeds/feed-window';
import { feeds } from '$lib/i18n/messages/feeds';

/** The list's filters as a subscribable calendar: the next 90 days, at most 3,000 dates, said in the feed. */
export const GET: RequestHandler = ({ url }) => {
	const q = readFeedQuery(url, ['sida']);
	if (q.errors.length) return feedBadRequest(q.errors);
	const body = cachedFeed(url.href, () => render(q, url));
	return icsResponse(body, 'traffpunkt.ics');
};

function render(q: FeedQuery, url: URL) {
	const window = feedWindow(q, CALENDAR_DAYS, CALENDAR_MAX_DATES);
	const facts = calendarFactsFor(window.items.map((i) => i.occurrenceId));
	const t = feeds.sv;
	// One place per activity, not per date (its dates share it).
	const places = new Map<number, IcsPlace | null>();
	const placeOf = (i: (typeof window.items)[number], f: ReturnType<typeof facts.get>) => {
		let place = places.get(i.eventId);
		if (place === undefined) {
			place = i.venueName ? { name: i.venueName, address: f?.venue ? postalAddress(f.venue) : null, lat: f?.venue?.lat, lng: f?.venue?.lng } : null;
			places.set(i.eventId, place);
		}
		return place;
	};
	return renderCalendarBytes(
		{
			name: t.calendarName(feedTitle(q)),
			description: t.calendarDescription(feedPeriod(window), window.cut ? CALENDAR_MAX_DATES : null),
			source: url.href,
			refreshSeconds: REFRESH_SECONDS
		},
		window.items.map((i) => {
			const f = facts.get(i.occurrenceId);
			return {
				uid: occurrenceUid(i.occurrenceId, url.hostname),
				sequence: f?.sequence ?? 0,
				modifiedAt: f?.modifiedAt ?? 0,
				title: i.title,
				summary: i.summary,
				url: `${url.origin}/aktiviteter/${i.eventId}`,
				startsAt: i.startsAt,
				endsAt: i.endsAt,
				place: placeOf(i, f),
				cancelled: i.cancelled,
				cancelNote: i.cancelNote,
				organiser: i.organisationName
			};
		})
	);
}
