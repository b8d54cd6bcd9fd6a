import type { OccurrenceItem } from '../db/queries/activities';
import type { EventDate, PublicEvent } from '../db/queries/event-detail';
import type { OccurrenceFacts, VenueFeedFacts } from '../db/queries/feed-facts';
import type { OpeningDeviation, OpeningRule, VenueDetail, VenueSummary } from '../db/queries/places';
import type { CostUnit } from '../db/schema';
import { describeSchedule } from '../../schedule-text';

const iso = (ms: number) => new Date(ms).toISOString();
const placesLeft = (capacity: number | null, booked: number) => (capacity === null ? null : Math.max(0, capacity - booked));
const price = (free: boolean, amount: number | null, unit: CostUnit | null, note: string | null) => ({
	free,
	amount: free ? 0 : amount,
	currency: 'SEK',
	unit: free ? null : unit,
	note
});

/** One date in the list (`GET /api/v1/aktiviteter`); the first fields are those of version 1.0. */
export function apiOccurrence(i: OccurrenceItem, f: OccurrenceFacts | undefined, origin: string) {
	return {
		id: i.occurrenceId,
		eventId: i.eventId,
		title: i.title,
		summary: i.summary,
		start: iso(i.startsAt),
		end: iso(i.endsAt),
		localDate: i.localDate,
		cancelled: i.cancelled,
		cancelNote: i.cancelNote,
		category: i.categorySlug,
		organisation: i.organisationName,
		venue: i.venueSlug
			? {
					slug: i.venueSlug,
					name: i.venueName!,
					url: `${origin}/platser/${i.venueSlug}`,
					address: f?.venue?.address ?? null,
					postcode: f?.venue?.postcode ?? null,
					city: f?.venue?.city ?? null,
					district: f?.venue?.districtSlug ?? null,
					lat: f?.venue?.lat ?? null,
					lng: f?.venue?.lng ?? null
				}
			: null,
		remote: i.remoteKind,
		district: i.districtName,
		free: i.free,
		cost: i.costAmount,
		signupRequired: i.signupRequired,
		stepFree: i.stepFree,
		hearingLoop: i.hearingLoop,
		url: `${origin}/aktiviteter/${i.eventId}`,
		price: price(i.free, i.costAmount, f?.costUnit ?? null, f?.costNote ?? null),
		signup: {
			required: i.signupRequired,
			how: f?.signupHow ?? null,
			online: f?.signupOnline ?? false,
			capacity: f?.capacity ?? null,
			placesLeft: placesLeft(f?.capacity ?? null, f?.booked ?? 0)
		},
		audiences: f?.audiences ?? [],
		languages: f?.languages ?? [],
		sequence: f?.sequence ?? 0,
		modified: iso(f?.modifiedAt ?? 0),
		eventApiUrl: `${origin}/api/v1/aktiviteter/${i.eventId}`,
		calendarUrl: `${origin}/aktiviteter/${i.eventId}/kalender.ics?tillfalle=${i.occurrenceId}`
	};
}

const accessibility = (v: { stepFree: boolean; accessibleToilet: boolean; hearingLoop: boolean; parking: boolean; accessibilityNote: string | null }) => ({
	stepFree: v.stepFree,
	accessibleToilet: v.accessibleToilet,
	hearingLoop: v.hearingLoop,
	parking: v.parking,
	note: v.accessibilityNote
});

/** One event with all its upcoming dates (`GET /api/v1/aktiviteter/{id}`). */
export function apiEvent(
	e: PublicEvent,
	extras: { costUnit: CostUnit | null; gatheringPlace: string | null; titleFi: string | null; summaryFi: string | null; signupDeadlineHours: number | null },
	dates: EventDate[],
	facts: Map<number, OccurrenceFacts>,
	origin: string
) {
	const url = `${origin}/aktiviteter/${e.id}`;
	const modified = Math.max(0, ...dates.map((d) => facts.get(d.id)?.modifiedAt ?? 0));
	return {
		id: e.id,
		status: e.status,
		cancelNote: e.cancelNote,
		title: e.title,
		titleFi: extras.titleFi,
		summary: e.summary,
		summaryFi: extras.summaryFi,
		description: e.description,
		easyRead: e.easyRead,
		category: { slug: e.categorySlug, name: e.categoryName, nameEn: e.categoryNameEn },
		organisation: { slug: e.organisation.slug, name: e.organisation.name, website: e.organisation.website, email: e.organisation.email, phone: e.organisation.phone },
		contact: { name: e.contactName, phone: e.contactPhone, email: e.contactEmail },
		venue: e.venue
			? {
					slug: e.venue.slug,
					name: e.venue.name,
					url: `${origin}/platser/${e.venue.slug}`,
					address: e.venue.address,
					postcode: e.venue.postcode,
					city: e.venue.city,
					district: e.venue.districtSlug,
					lat: e.venue.lat,
					lng: e.venue.lng,
					busStop: e.venue.busStop
				}
			: null,
		remote: e.remoteKind ? { kind: e.remoteKind, details: e.remoteDetails } : null,
		gatheringPlace: extras.gatheringPlace,
		price: price(e.costKind === 'free', e.costAmount, extras.costUnit, e.costNote),
		lunchServed: e.lunchServed,
		signup: {
			required: e.signupRequired,
			how: e.signupHow,
			online: e.signupOnline,
			capacity: e.capacity,
			deadlineHours: extras.signupDeadlineHours
		},
		accessibility: { ...(e.venue ? accessibility(e.venue) : { stepFree: false, accessibleToilet: false, hearingLoop: false, parking: false, note: null }), eventNote: e.accessibilityNotes },
		audiences: e.audiences.map((a) => ({ slug: a.slug, name: a.nameSv, nameEn: a.nameEn })),
		languages: e.languages.map((l) => ({ code: l.slug, name: l.nameSv, nameEn: l.nameEn })),
		schedule: { kind: e.schedule.kind, text: describeSchedule(e.schedule, 'sv'), startTime: e.schedule.startTime, endTime: e.schedule.endTime, until: e.schedule.until ?? null },
		dates: dates.map((d) => {
			const f = facts.get(d.id);
			return {
				id: d.id,
				start: iso(d.startsAt),
				end: iso(d.endsAt),
				localDate: d.localDate,
				cancelled: d.cancelled,
				cancelNote: d.cancelNote,
				placesLeft: placesLeft(e.capacity, d.booked),
				sequence: f?.sequence ?? 0,
				modified: iso(f?.modifiedAt ?? e.updatedAt),
				signupUrl: e.signupOnline && !d.cancelled ? `${url}/anmalan/${d.id}` : null,
				calendarUrl: `${url}/kalender.ics?tillfalle=${d.id}`
			};
		}),
		modified: iso(modified || e.updatedAt),
		url,
		calendarUrl: `${url}/kalender.ics`
	};
}

/** One venue in the list (`GET /api/v1/platser`); the first fields are those of version 1.0. */
export function apiVenue(v: VenueSummary, f: VenueFeedFacts | undefined, upcoming: number, origin: string) {
	return {
		slug: v.slug,
		name: v.name,
		kind: v.kind,
		address: v.address,
		district: v.districtSlug,
		lat: v.lat,
		lng: v.lng,
		stepFree: v.stepFree,
		hearingLoop: v.hearingLoop,
		upcoming,
		url: `${origin}/platser/${v.slug}`,
		postcode: f?.postcode ?? '',
		city: f?.city ?? '',
		accessibleToilet: f?.accessibleToilet ?? false,
		parking: f?.parking ?? false,
		busStop: f?.busStop ?? null,
		openingHours: f?.openingHours ?? [],
		modified: f?.modifiedAt ? iso(f.modifiedAt) : null,
		apiUrl: `${origin}/api/v1/platser/${v.slug}`
	};
}

/** One venue with its opening hours and their deviations (`GET /api/v1/platser/{slug}`). */
export function apiVenueDetail(v: VenueDetail, opening: { rules: OpeningRule[]; deviations: OpeningDeviation[] }, modifiedAt: number | null, upcoming: number, origin: string) {
	return {
		slug: v.slug,
		name: v.name,
		kind: v.kind,
		description: v.description,
		address: v.address,
		postcode: v.postcode,
		city: v.city,
		district: { slug: v.districtSlug, name: v.districtName },
		lat: v.lat,
		lng: v.lng,
		phone: v.phone,
		email: v.email,
		busStop: v.busStop,
		accessibility: accessibility(v),
		openingHours: opening.rules,
		openingDeviations: opening.deviations,
		upcoming,
		modified: modifiedAt ? iso(modifiedAt) : null,
		url: `${origin}/platser/${v.slug}`,
		activitiesApiUrl: `${origin}/api/v1/aktiviteter?plats=${encodeURIComponent(v.slug)}`
	};
}
