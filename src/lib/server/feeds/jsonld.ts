import type { EventDate, PublicEvent } from '../db/queries/event-detail';

/** schema.org Event for the next date (with the series as eventSchedule), safe to inline in <script>. */
export function eventJsonLd(event: PublicEvent, dates: EventDate[], origin: string): string {
	const next = dates.find((d) => !d.cancelled) ?? dates[0];
	const url = `${origin}/aktiviteter/${event.id}`;
	const location = event.venue
		? {
				'@type': 'Place',
				name: event.venue.name,
				address: {
					'@type': 'PostalAddress',
					streetAddress: event.venue.address,
					postalCode: event.venue.postcode,
					addressLocality: event.venue.city || 'Karlskoga',
					addressCountry: 'SE'
				},
				geo: { '@type': 'GeoCoordinates', latitude: event.venue.lat, longitude: event.venue.lng }
			}
		: { '@type': 'VirtualLocation', url };
	const data: Record<string, unknown> = {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: event.title,
		description: event.summary,
		url,
		inLanguage: event.languages.map((l) => l.slug),
		eventStatus:
			event.status === 'cancelled' || next?.cancelled
				? 'https://schema.org/EventCancelled'
				: 'https://schema.org/EventScheduled',
		eventAttendanceMode: event.venue
			? 'https://schema.org/OfflineEventAttendanceMode'
			: 'https://schema.org/OnlineEventAttendanceMode',
		location,
		organizer: { '@type': 'Organization', name: event.organisation.name, url: event.organisation.website ?? undefined },
		isAccessibleForFree: event.costKind === 'free',
		offers: {
			'@type': 'Offer',
			price: event.costKind === 'free' ? 0 : (event.costAmount ?? 0),
			priceCurrency: 'SEK',
			url
		},
		audience: event.audiences.map((a) => ({ '@type': 'Audience', audienceType: a.nameSv }))
	};
	if (next) {
		data.startDate = new Date(next.startsAt).toISOString();
		data.endDate = new Date(next.endsAt).toISOString();
	}
	if (event.schedule.kind !== 'once') {
		data.eventSchedule = {
			'@type': 'Schedule',
			startDate: event.schedule.startDate,
			endDate: event.schedule.until ?? undefined,
			startTime: event.schedule.startTime,
			endTime: event.schedule.endTime,
			repeatFrequency: event.schedule.kind === 'monthly' ? 'P1M' : `P${event.schedule.interval ?? 1}W`,
			scheduleTimezone: 'Europe/Stockholm'
		};
	}
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
