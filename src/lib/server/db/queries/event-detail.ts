import type { Db } from '../index';
import type { Schedule } from '../../../domain/recurrence';

export type PublicEvent = {
	id: number;
	status: 'published' | 'cancelled';
	cancelNote: string | null;
	title: string;
	summary: string;
	/** Finnish title and summary, when the organiser wrote them. */
	titleFi: string | null;
	summaryFi: string | null;
	description: string;
	easyRead: string | null;
	categorySlug: string;
	categoryName: string;
	categoryNameEn: string;
	costKind: 'free' | 'paid';
	costAmount: number | null;
	costNote: string | null;
	costUnit: 'session' | 'term' | 'month' | 'year' | 'total' | null;
	gatheringPlace: string | null;
	lunchServed: boolean;
	signupRequired: boolean;
	signupHow: string | null;
	signupOnline: boolean;
	capacity: number | null;
	accessibilityNotes: string | null;
	contactName: string | null;
	contactPhone: string | null;
	contactEmail: string | null;
	remoteKind: 'phone' | 'online' | null;
	remoteDetails: string | null;
	schedule: Schedule;
	updatedAt: number;
	organisation: { name: string; slug: string; email: string | null; phone: string | null; website: string | null };
	venue: {
		name: string;
		slug: string;
		address: string;
		postcode: string;
		city: string;
		lat: number;
		lng: number;
		busStop: string | null;
		stepFree: boolean;
		accessibleToilet: boolean;
		hearingLoop: boolean;
		parking: boolean;
		accessibilityNote: string | null;
		districtName: string;
		districtSlug: string;
	} | null;
	audiences: { slug: string; nameSv: string; nameEn: string }[];
	languages: { slug: string; nameSv: string; nameEn: string }[];
};

export type EventDate = {
	id: number;
	startsAt: number;
	endsAt: number;
	localDate: string;
	cancelled: boolean;
	cancelNote: string | null;
	booked: number;
};

export function getPublicEvent(db: Db, id: number): PublicEvent | null {
	const c = db.$client;
	const row = c
		.prepare(
			`SELECT e.id, e.status, e.cancel_note AS cancelNote, e.updated_at AS updatedAt, r.id AS revisionId,
			 r.title, r.summary, r.title_fi AS titleFi, r.summary_fi AS summaryFi, r.description, r.easy_read AS easyRead, c.slug AS categorySlug, c.name_sv AS categoryName, c.name_en AS categoryNameEn,
			 r.cost_kind AS costKind, r.cost_amount AS costAmount, r.cost_note AS costNote, r.cost_unit AS costUnit,
			 r.gathering_place AS gatheringPlace, r.lunch_served AS lunchServed,
			 r.signup_required AS signupRequired, r.signup_how AS signupHow, r.signup_online AS signupOnline, r.capacity,
			 r.accessibility_notes AS accessibilityNotes, r.contact_name AS contactName, r.contact_phone AS contactPhone,
			 r.contact_email AS contactEmail, r.remote_kind AS remoteKind, r.remote_details AS remoteDetails, r.schedule,
			 org.name AS orgName, org.slug AS orgSlug, org.email AS orgEmail, org.phone AS orgPhone, org.website AS orgWebsite,
			 v.id AS venueId, v.name AS venueName, v.slug AS venueSlug, v.address, v.postcode, v.city, v.lat, v.lng,
			 v.bus_stop AS busStop, v.step_free AS stepFree, v.accessible_toilet AS accessibleToilet,
			 v.hearing_loop AS hearingLoop, v.parking, v.accessibility_note AS venueAccessibilityNote,
			 d.name AS districtName, d.slug AS districtSlug
			 FROM events e
			 JOIN event_revisions r ON r.id = e.published_revision_id
			 JOIN categories c ON c.id = r.category_id
			 JOIN organisations org ON org.id = e.organisation_id
			 LEFT JOIN venues v ON v.id = r.venue_id
			 LEFT JOIN districts d ON d.id = v.district_id
			 WHERE e.id = ? AND e.status IN ('published', 'cancelled')`
		)
		.get(id) as Record<string, any> | undefined;
	if (!row) return null;
	const audiences = c
		.prepare(
			`SELECT a.slug, a.name_sv AS nameSv, a.name_en AS nameEn FROM revision_audiences ra
			 JOIN audiences a ON a.id = ra.audience_id WHERE ra.revision_id = ? ORDER BY a.sort_order`
		)
		.all(row.revisionId) as PublicEvent['audiences'];
	const languages = c
		.prepare(
			`SELECT l.code AS slug, l.name_sv AS nameSv, l.name_en AS nameEn FROM revision_languages rl
			 JOIN languages l ON l.code = rl.language_code WHERE rl.revision_id = ? ORDER BY l.name_sv`
		)
		.all(row.revisionId) as PublicEvent['languages'];
	return {
		id: row.id,
		status: row.status,
		cancelNote: row.cancelNote,
		title: row.title,
		summary: row.summary,
		titleFi: row.titleFi ?? null,
		summaryFi: row.summaryFi ?? null,
		description: row.description,
		easyRead: row.easyRead,
		categorySlug: row.categorySlug,
		categoryName: row.categoryName,
		categoryNameEn: row.categoryNameEn,
		costKind: row.costKind,
		costAmount: row.costAmount,
		costNote: row.costNote,
		costUnit: row.costUnit,
		gatheringPlace: row.gatheringPlace,
		lunchServed: row.lunchServed === 1,
		signupRequired: row.signupRequired === 1,
		signupHow: row.signupHow,
		signupOnline: row.signupOnline === 1,
		capacity: row.capacity,
		accessibilityNotes: row.accessibilityNotes,
		contactName: row.contactName,
		contactPhone: row.contactPhone,
		contactEmail: row.contactEmail,
		remoteKind: row.remoteKind,
		remoteDetails: row.remoteDetails,
		schedule: JSON.parse(row.schedule),
		updatedAt: row.updatedAt,
		organisation: {
			name: row.orgName,
			slug: row.orgSlug,
			email: row.orgEmail,
			phone: row.orgPhone,
			website: row.orgWebsite
		},
		venue: row.venueId
			? {
					name: row.venueName,
					slug: row.venueSlug,
					address: row.address,
					postcode: row.postcode,
					city: row.city,
					lat: row.lat,
					lng: row.lng,
					busStop: row.busStop,
					stepFree: row.stepFree === 1,
					accessibleToilet: row.accessibleToilet === 1,
					hearingLoop: row.hearingLoop === 1,
					parking: row.parking === 1,
					accessibilityNote: row.venueAccessibilityNote,
					districtName: row.districtName,
					districtSlug: row.districtSlug
				}
			: null,
		audiences,
		languages
	};
}

/** Upcoming dates (and, for the calendar feed, a window of recent ones). */
export function listEventDates(db: Db, eventId: number, fromMs: number, limit = 500): EventDate[] {
	return (
		db.$client
			.prepare(
				`SELECT id, starts_at AS startsAt, ends_at AS endsAt, local_date AS localDate, cancelled, cancel_note AS cancelNote,
				 coalesce((SELECT sum(people) FROM signups s WHERE s.occurrence_id = occurrences.id AND s.status = 'confirmed'), 0) AS booked
				 FROM occurrences WHERE event_id = ? AND ends_at >= ? ORDER BY starts_at LIMIT ?`
			)
			.all(eventId, fromMs, limit) as (Omit<EventDate, 'cancelled'> & { cancelled: number })[]
	).map((d) => ({ ...d, cancelled: d.cancelled === 1 }));
}

export function lastEventDate(db: Db, eventId: number): EventDate | null {
	const d = db.$client
		.prepare(
			`SELECT id, starts_at AS startsAt, ends_at AS endsAt, local_date AS localDate, cancelled,
			 cancel_note AS cancelNote, 0 AS booked FROM occurrences WHERE event_id = ? ORDER BY starts_at DESC LIMIT 1`
		)
		.get(eventId) as (Omit<EventDate, 'cancelled'> & { cancelled: number }) | undefined;
	return d ? { ...d, cancelled: d.cancelled === 1 } : null;
}
