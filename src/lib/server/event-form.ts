import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from './db';
import { filterVocabulary } from './db/queries/taxonomy';
import { getOwnEvent, proposeVenue, saveEventRevision, venueOptions } from './db/queries/organiser';
import type { RevisionContent } from './db/queries/events';
import { readEventForm, scheduleToValues, validateEventForm, type EventFormValues } from '../domain/event-form';
import { expandSchedule } from '../domain/recurrence';
import { addDays, todayInStockholm } from '../domain/dates';
import { sendMail } from './mail';
import { mails } from './mail/templates';
import { getOrganisation } from './db/queries/organisations';

/** Moderators who chose immediate notice get a mail per submission (digest users are left to the daily job). */
async function notifyModerators(eventId: number, title: string, organisationId: number) {
	const db = getDb();
	const org = getOrganisation(db, organisationId);
	const moderators = db.$client
		.prepare(`SELECT email FROM users WHERE role IN ('moderator', 'admin') AND disabled = 0 AND notify_digest = 0`)
		.all() as { email: string }[];
	const origin = process.env.ORIGIN ?? 'http://localhost:3000';
	const revision = db.$client.prepare('SELECT latest_revision_id AS id FROM events WHERE id = ?').get(eventId) as { id: number };
	for (const m of moderators)
		await sendMail(db, { to: m.email, ...mails.newSubmission({ title, organisation: org?.name ?? '', link: `${origin}/personal/granskning/${revision.id}` }) });
}

export const EMPTY_EVENT_VALUES: EventFormValues = {
	title: '', summary: '', description: '', easyRead: '', category: '', venue: '', remoteDetails: '',
	newVenueName: '', newVenueAddress: '', newVenuePostcode: '', newVenueDistrict: '', newVenueLat: '', newVenueLng: '',
	costKind: 'free', costAmount: '', costNote: '', signupHow: '', capacity: '', accessibilityNotes: '',
	contactName: '', contactPhone: '', contactEmail: '',
	scheduleKind: 'weekly', startDate: '', startTime: '10:00', endTime: '11:00', frequency: '1', nth: '1', monthWeekday: '1', until: '',
	exceptions: '', break1From: '', break1To: '', break2From: '', break2To: '',
	lunchServed: false, signupRequired: false, signupOnline: false,
	audiences: [], languages: ['sv'], weekdays: []
};

/** What the event form needs to offer: vocabularies, venues, districts. */
export function eventFormOptions(organisationId: number) {
	const db = getDb();
	const vocab = filterVocabulary(db);
	return { ...vocab, venues: venueOptions(db, organisationId) };
}

/** Dates a schedule would create, for the preview (server-rendered, so it works without JS). */
export function previewDates(values: EventFormValues) {
	const today = todayInStockholm();
	const result = validateEventForm(values, today);
	if (!result.ok) return null;
	const from = result.schedule.startDate > today ? result.schedule.startDate : today;
	// A year ahead (or to the last date), so that excluded dates and a summer break can be checked.
	return expandSchedule(result.schedule, from, addDays(from, 366))
		.slice(0, 160)
		.map((o) => ({ localDate: o.localDate, startsAt: o.startsAt.getTime(), endsAt: o.endsAt.getTime() }));
}

/**
 * The shared action of "new" and "edit": validate, then preview, save a draft or submit.
 * Posted status or organisation fields are never read: the organisation comes from the session.
 */
export async function handleEventForm(
	request: Request,
	actor: { userId: number; organisationId: number },
	eventId: number | null,
	opts: { staff?: boolean } = {}
) {
	if (eventId !== null && !getOwnEvent(getDb(), actor.organisationId, eventId)) error(404, 'Aktiviteten finns inte.');
	const form = await request.formData();
	const intent = String(form.get('intent') ?? 'draft');
	const values = readEventForm(form);
	const db = getDb();
	const today = todayInStockholm();
	const result = validateEventForm(values, today);
	// Every mistake at once: the list checks below add to the form's own, never replace them.
	const errors: Record<string, string> = result.ok ? {} : { ...result.errors };
	// An organiser's new one-off event lies ahead (staff may enter past ones for attendance).
	if (eventId === null && !opts.staff && values.scheduleKind === 'once' && /^\d{4}-\d{2}-\d{2}$/.test(values.startDate) && values.startDate < today)
		errors.startDate ??= 'Datumet har redan varit. Välj idag eller ett senare datum.';
	const vocab = filterVocabulary(db);
	const category = vocab.categories.find((c) => c.slug === values.category);
	if (!category) errors.category ??= 'Välj typ av aktivitet i listan.';
	const venueChoice = values.venue;
	const venues = venueOptions(db, actor.organisationId);
	const venueId = /^\d+$/.test(venueChoice) ? Number(venueChoice) : null;
	if (venueId !== null && !venues.some((v) => v.id === venueId)) errors.venue ??= 'Välj en plats i listan.';
	if (venueId === null && !['telefon', 'natet', 'ny'].includes(venueChoice)) errors.venue ??= 'Välj var aktiviteten är.';
	const district = vocab.districts.find((d) => d.slug === values.newVenueDistrict);
	if (venueChoice === 'ny' && !district) errors.newVenueDistrict ??= 'Välj stadsdel i listan.';
	if (!result.ok || Object.keys(errors).length) return fail(400, { values, errors, preview: null });
	if (intent === 'preview') return { values, errors: {}, preview: previewDates(values) };

	const ids = db.$client.prepare('SELECT id, slug FROM audiences').all() as { id: number; slug: string }[];
	const categoryId = (db.$client.prepare('SELECT id FROM categories WHERE slug = ?').get(values.category) as { id: number }).id;
	let finalVenueId = venueId;
	if (venueChoice === 'ny') {
		finalVenueId = proposeVenue(db, actor.organisationId, {
			name: values.newVenueName.trim(),
			address: values.newVenueAddress.trim(),
			postcode: values.newVenuePostcode.trim(),
			districtId: (db.$client.prepare('SELECT id FROM districts WHERE slug = ?').get(district!.slug) as { id: number }).id,
			lat: Number(values.newVenueLat) || 59.327,
			lng: Number(values.newVenueLng) || 14.524
		});
	}
	const content: RevisionContent = {
		title: result.data.title,
		summary: result.data.summary,
		description: result.data.description,
		easyRead: result.data.easyRead || null,
		categoryId,
		venueId: finalVenueId,
		remoteKind: venueChoice === 'telefon' ? 'phone' : venueChoice === 'natet' ? 'online' : null,
		remoteDetails: result.data.remoteDetails || null,
		costKind: result.data.costKind,
		costAmount: result.cost === null ? null : Math.round(result.cost),
		costNote: result.data.costNote || null,
		lunchServed: values.lunchServed,
		signupRequired: values.signupRequired,
		signupHow: result.data.signupHow || null,
		signupOnline: values.signupOnline,
		capacity: result.capacity,
		accessibilityNotes: result.data.accessibilityNotes || null,
		contactName: result.data.contactName || null,
		contactPhone: result.data.contactPhone || null,
		contactEmail: result.data.contactEmail || null,
		schedule: result.schedule,
		audienceIds: ids.filter((a) => values.audiences.includes(a.slug)).map((a) => a.id),
		languageCodes: vocab.languages.filter((l) => values.languages.includes(l.slug)).map((l) => l.slug),
		createdByUserId: actor.userId
	};
	const saved = saveEventRevision(db, actor, eventId, content, intent === 'submit', new Date(), opts);
	if (!saved) return fail(404, { values, errors: { form: 'Aktiviteten finns inte eller tillhör en annan förening.' }, preview: null });
	if (intent === 'submit' && !saved.published) await notifyModerators(saved.eventId, content.title, actor.organisationId);
	const flash = intent === 'submit' ? (saved.published ? 'publicerad' : 'skickad') : 'sparad';
	redirect(303, `${opts.staff ? '/personal' : '/forening'}/aktiviteter/${saved.eventId}?${flash}`);
}

/** The edit form's values from an event's newest revision (null organisation = staff). */
export function loadEventFormValues(organisationId: number | null, eventId: number) {
	const db = getDb();
	const own = getOwnEvent(db, organisationId, eventId);
	if (!own) error(404, 'Aktiviteten finns inte.');
	const r = own.revision;
	const vocab = filterVocabulary(db);
	const audienceSlugs = (db.$client.prepare('SELECT id, slug FROM audiences').all() as { id: number; slug: string }[])
		.filter((a) => own.audienceIds.includes(a.id))
		.map((a) => a.slug);
	const category = (db.$client.prepare('SELECT slug FROM categories WHERE id = ?').get(r.categoryId) as { slug: string }).slug;
	const values: EventFormValues = {
		...EMPTY_EVENT_VALUES,
		...scheduleToValues(r.schedule),
		title: r.title,
		summary: r.summary,
		description: r.description,
		easyRead: r.easyRead ?? '',
		category,
		venue: r.venueId ? String(r.venueId) : r.remoteKind === 'phone' ? 'telefon' : 'natet',
		remoteDetails: r.remoteDetails ?? '',
		costKind: r.costKind,
		costAmount: r.costAmount === null ? '' : String(r.costAmount),
		costNote: r.costNote ?? '',
		lunchServed: r.lunchServed,
		signupRequired: r.signupRequired,
		signupHow: r.signupHow ?? '',
		capacity: r.capacity === null ? '' : String(r.capacity),
		signupOnline: r.signupOnline,
		accessibilityNotes: r.accessibilityNotes ?? '',
		contactName: r.contactName ?? '',
		contactPhone: r.contactPhone ?? '',
		contactEmail: r.contactEmail ?? '',
		audiences: audienceSlugs,
		languages: vocab.languages.filter((l) => own.languageCodes.includes(l.slug)).map((l) => l.slug)
	};
	return { title: r.title, eventId: own.event.id, organisationId: own.event.organisationId, values };
}
