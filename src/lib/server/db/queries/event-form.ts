import { eq } from 'drizzle-orm';
import type { Db } from '../index';
import { audiences, categories, districts, languages, organisations, venues } from '../schema';
import { getOwnEvent } from './organiser';
import { scheduleToValues, type EventFormValues } from '../../../domain/event-form';

/** Ids behind the slugs an event form posts, and the venues this organisation may choose. */
export function eventFormLookups(db: Db, organisationId: number) {
	return {
		categoryId: (slug: string) => db.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug)).get()?.id ?? null,
		districtId: (slug: string) => db.select({ id: districts.id }).from(districts).where(eq(districts.slug, slug)).get()?.id ?? null,
		audienceIds: (slugs: string[]) => db.select({ id: audiences.id, slug: audiences.slug }).from(audiences).all().filter((a) => slugs.includes(a.slug)).map((a) => a.id),
		languageCodes: (codes: string[]) => db.select({ code: languages.code }).from(languages).all().filter((l) => codes.includes(l.code)).map((l) => l.code),
		venueIds: new Set(venueOptions(db, organisationId).map((v) => v.id))
	};
}

/** Approved venues plus this organisation's own proposals, for the event form. */
export function venueOptions(db: Db, organisationId: number) {
	return db
		.select({ id: venues.id, name: venues.name, status: venues.status, proposedBy: venues.proposedByOrganisationId })
		.from(venues)
		.orderBy(venues.name)
		.all()
		.filter((v) => v.status === 'approved' || v.proposedBy === organisationId);
}

export function activeOrganisation(db: Db, id: number) {
	const org = db.select().from(organisations).where(eq(organisations.id, id)).get();
	return org?.active ? org : null;
}

export const EMPTY_EVENT_VALUES: EventFormValues = {
	title: '', summary: '', description: '', easyRead: '', titleFi: '', summaryFi: '', category: '', venue: '', remoteDetails: '', gatheringPlace: '',
	newVenueName: '', newVenueAddress: '', newVenuePostcode: '', newVenueDistrict: '', newVenueLat: '', newVenueLng: '',
	costKind: 'free', costAmount: '', costUnit: '', costNote: '', signupHow: '', capacity: '', signupDeadlineHours: '', accessibilityNotes: '',
	contactName: '', contactPhone: '', contactEmail: '',
	scheduleKind: '', startDate: '', startTime: '10:00', endTime: '11:00', frequency: '1', nth: '1', monthWeekday: '1', until: '', holidays: 'skip',
	exceptions: '', breaks: [],
	lunchServed: false, signupRequired: false, signupOnline: false,
	audiences: [], languages: ['sv'], weekdays: []
};

/** The edit form's values from an event's newest revision (scope null = staff, any organisation). */
export function eventFormValues(db: Db, scope: number | null, eventId: number, today: string) {
	const own = getOwnEvent(db, scope, eventId);
	if (!own) return null;
	const r = own.revision;
	const audienceSlugs = db.select({ id: audiences.id, slug: audiences.slug }).from(audiences).all().filter((a) => own.audienceIds.includes(a.id)).map((a) => a.slug);
	const category = db.select({ slug: categories.slug }).from(categories).where(eq(categories.id, r.categoryId)).get()?.slug ?? '';
	const values: EventFormValues = {
		...EMPTY_EVENT_VALUES,
		...scheduleToValues(r.schedule, today),
		title: r.title,
		summary: r.summary,
		description: r.description,
		easyRead: r.easyRead ?? '',
		titleFi: r.titleFi ?? '',
		summaryFi: r.summaryFi ?? '',
		category,
		venue: r.venueId ? String(r.venueId) : r.remoteKind === 'phone' ? 'telefon' : 'natet',
		remoteDetails: r.remoteDetails ?? '',
		gatheringPlace: r.gatheringPlace ?? '',
		costKind: r.costKind,
		costAmount: r.costAmount === null ? '' : String(r.costAmount),
		costUnit: r.costUnit ?? '',
		costNote: r.costNote ?? '',
		lunchServed: r.lunchServed,
		signupRequired: r.signupRequired,
		signupHow: r.signupHow ?? '',
		capacity: r.capacity === null ? '' : String(r.capacity),
		signupDeadlineHours: r.signupDeadlineHours === null ? '' : String(r.signupDeadlineHours),
		signupOnline: r.signupOnline,
		accessibilityNotes: r.accessibilityNotes ?? '',
		contactName: r.contactName ?? '',
		contactPhone: r.contactPhone ?? '',
		contactEmail: r.contactEmail ?? '',
		audiences: audienceSlugs,
		languages: [...own.languageCodes]
	};
	return { title: r.title, eventId: own.event.id, organisationId: own.event.organisationId, values, own };
}
