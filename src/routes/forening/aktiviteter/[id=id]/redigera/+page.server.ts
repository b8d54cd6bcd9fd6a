import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getOwnEvent } from '$lib/server/db/queries/organiser';
import { filterVocabulary } from '$lib/server/db/queries/taxonomy';
import { EMPTY_EVENT_VALUES, eventFormOptions, handleEventForm } from '$lib/server/event-form';
import { requireOrganisation } from '$lib/server/organisation-context';
import { scheduleToValues, type EventFormValues } from '$lib/domain/event-form';
import { todayInStockholm } from '$lib/domain/dates';

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	const db = getDb();
	const own = getOwnEvent(db, organisation.id, Number(event.params.id));
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
	return { title: r.title, eventId: own.event.id, values, options: eventFormOptions(organisation.id), today: todayInStockholm() };
};

export const actions: Actions = {
	default: async (event) => {
		const { user, organisation } = requireOrganisation(event);
		return handleEventForm(event.request, { userId: user.id, organisationId: organisation.id }, Number(event.params.id));
	}
};
