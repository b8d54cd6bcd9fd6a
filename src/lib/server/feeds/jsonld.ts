import type { EventDate, PublicEvent } from '../db/queries/event-detail';
import type { OpeningDeviation, OpeningRule, VenueDetail } from '../db/queries/places';
import type { CostUnit } from '../db/schema';
import { openingHours, schemaSchedule } from '../../domain/schema-org';
import { zonedToInstant } from '../../domain/zoned';
import { activities } from '../../i18n/messages/activities';

/** JSON for a <script type="application/ld+json">: nothing in it can close the script element. */
const inline = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
const iso = (ms: number) => new Date(ms).toISOString();
const SCHEDULED = 'https://schema.org/EventScheduled';
const CANCELLED = 'https://schema.org/EventCancelled';
const UNIT_TEXT: Record<CostUnit, string> = { session: 'per tillfälle', term: 'per termin', month: 'per månad', year: 'per år', total: 'för hela kursen' };
/** subEvents are listed for the next dates only: enough for a search engine, small for the page. */
const MAX_SUB_EVENTS = 30;

type Venue = { name: string; slug: string; address: string; postcode: string; city: string; lat: number; lng: number };

function place(v: Venue, origin: string) {
	return {
		'@type': 'Place',
		'@id': `${origin}/platser/${v.slug}`,
		name: v.name,
		url: `${origin}/platser/${v.slug}`,
		address: {
			'@type': 'PostalAddress',
			streetAddress: v.address,
			postalCode: v.postcode || undefined,
			addressLocality: v.city || 'Karlskoga',
			addressCountry: 'SE'
		},
		geo: { '@type': 'GeoCoordinates', latitude: v.lat, longitude: v.lng }
	};
}

/**
 * schema.org Event. startDate is always there: the next date that is held, else the next date, else
 * the last one held. A series gets an eventSchedule only when schema.org's Schedule can say exactly
 * its published dates (see schemaSchedule); otherwise its next dates are listed as subEvents.
 */
export function eventJsonLd(event: PublicEvent, dates: EventDate[], origin: string, opts: { last?: EventDate | null; costUnit?: CostUnit | null } = {}): string {
	const url = `${origin}/aktiviteter/${event.id}`;
	const next = dates.find((d) => !d.cancelled) ?? dates[0] ?? opts.last ?? null;
	const location = event.venue ? place(event.venue, origin) : { '@type': 'VirtualLocation', url };
	const start = next ? next.startsAt : zonedToInstant(event.schedule.startDate, event.schedule.startTime).getTime();
	const data: Record<string, unknown> = {
		'@context': 'https://schema.org',
		'@type': 'Event',
		'@id': url,
		name: event.title,
		// The Finnish title, for search engines serving Finnish speakers.
		alternateName: event.titleFi ?? undefined,
		description: event.summary,
		url,
		startDate: iso(start),
		endDate: next ? iso(next.endsAt) : undefined,
		inLanguage: event.languages.map((l) => l.slug),
		eventStatus: event.status === 'cancelled' || (dates.length > 0 && dates.every((d) => d.cancelled)) ? CANCELLED : SCHEDULED,
		eventAttendanceMode: event.venue ? 'https://schema.org/OfflineEventAttendanceMode' : 'https://schema.org/OnlineEventAttendanceMode',
		location,
		organizer: { '@type': 'Organization', name: event.organisation.name, url: event.organisation.website ?? undefined },
		isAccessibleForFree: event.costKind === 'free',
		offers: {
			'@type': 'Offer',
			price: event.costKind === 'free' ? 0 : (event.costAmount ?? 0),
			priceCurrency: 'SEK',
			url,
			...(event.costKind === 'paid' && opts.costUnit
				? { priceSpecification: { '@type': 'UnitPriceSpecification', price: event.costAmount ?? 0, priceCurrency: 'SEK', unitText: UNIT_TEXT[opts.costUnit] } }
				: {})
		},
		maximumAttendeeCapacity: event.capacity ?? undefined,
		audience: event.audiences.map((a) => ({ '@type': 'Audience', audienceType: a.nameSv }))
	};
	if (event.schedule.kind !== 'once' && dates.length > 1) {
		const schedule = schemaSchedule(event.schedule, dates);
		if (schedule) data.eventSchedule = schedule;
		else
			data.subEvent = dates.slice(0, MAX_SUB_EVENTS).map((d) => ({
				'@type': 'Event',
				name: event.title,
				startDate: iso(d.startsAt),
				endDate: iso(d.endsAt),
				eventStatus: d.cancelled ? CANCELLED : SCHEDULED,
				location,
				url
			}));
	}
	return inline(data);
}

/** schema.org Place for a venue page, with its opening hours (odd/even weeks and deviations dated). */
export function placeJsonLd(v: VenueDetail, opening: { rules: OpeningRule[]; deviations: OpeningDeviation[] }, origin: string, today: string): string {
	const access = activities.sv.accessOptions;
	const features = [
		[v.stepFree, access.rullstol],
		[v.accessibleToilet, access.toalett],
		[v.hearingLoop, access.horslinga],
		[v.parking, access.parkering]
	] as const;
	const hours = openingHours(opening.rules, opening.deviations, today);
	return inline({
		'@context': 'https://schema.org',
		...place(v, origin),
		description: v.description || undefined,
		telephone: v.phone ?? undefined,
		email: v.email ?? undefined,
		publicAccess: true,
		containedInPlace: { '@type': 'Place', name: v.districtName, url: `${origin}/stadsdelar/${v.districtSlug}` },
		amenityFeature: features.filter(([has]) => has).map(([, name]) => ({ '@type': 'LocationFeatureSpecification', name, value: true })),
		openingHoursSpecification: hours.regular.length ? hours.regular : undefined,
		specialOpeningHoursSpecification: hours.special.length ? hours.special : undefined,
		hasMap: `https://www.openstreetmap.org/?mlat=${v.lat}&mlon=${v.lng}#map=17/${v.lat}/${v.lng}`
	});
}
