import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getSource, importedEvents, venueNames } from '$lib/server/db/queries/calendar-sources';
import { getOrganisation } from '$lib/server/db/queries/organisations';
import { eventTitles } from '$lib/server/db/queries/calendar-sources';
import { requireOrganisation } from '$lib/server/organisation-context';
import { calendarActor } from '$lib/server/calendar-import-form';
import { runForm } from '$lib/server/commands/form';
import { changeSourceStatus } from '$lib/server/commands/calendar-import';
import { runSourceSync } from '$lib/server/import/sync';

export const load: PageServerLoad = (event) => {
	const { scope } = calendarActor(event, requireOrganisation(event));
	const db = getDb();
	const source = getSource(db, scope, Number(event.params.id));
	if (!source) error(404, 'Kalendern finns inte.');
	const items = importedEvents(db, source.id, new Date());
	const titles = eventTitles(db, items.map((i) => i.eventId));
	const venues = venueNames(db);
	return {
		source: {
			id: source.id, name: source.name, url: source.url, status: source.status, organisation: getOrganisation(db, source.organisationId)?.name ?? '',
			defaultVenue: source.defaultVenueId ? (venues.get(source.defaultVenueId) ?? null) : null,
			lastFetchedAt: source.lastFetchedAt?.getTime() ?? null, lastSuccessAt: source.lastSuccessAt?.getTime() ?? null,
			lastCounts: source.lastCounts, lastErrorCode: source.lastErrorCode, consecutiveFailures: source.consecutiveFailures
		},
		items: items
			.map((i) => ({ id: i.id, eventId: i.eventId, title: titles.get(i.eventId) ?? '', vanished: Boolean(i.vanishedAt), eventStatus: i.eventStatus, next: i.next ? { startsAt: i.next.startsAt.getTime(), cancelled: i.next.cancelled } : null }))
			.filter((i) => i.next || i.eventStatus === 'draft')
			.sort((a, b) => (a.next?.startsAt ?? 0) - (b.next?.startsAt ?? 0))
			.slice(0, 100)
	};
};

const sourceId = (event: { params: { id: string } }) => Number(event.params.id);

async function status(event: Parameters<Actions[string]>[0], action: 'pause' | 'resume' | 'remove') {
	const { actor } = calendarActor(event, requireOrganisation(event));
	const { failure } = await runForm(changeSourceStatus, actor, { sourceId: sourceId(event), action }, { values: {}, action });
	if (failure) return failure;
	if (action === 'remove') redirect(303, '/forening/kalendrar?borttagen=1');
	return { action, done: true };
}

export const actions: Actions = {
	fetch: async (event) => {
		const { actor } = calendarActor(event, requireOrganisation(event));
		const outcome = await runSourceSync(getDb(), actor, sourceId(event));
		if (!outcome) error(404, 'Kalendern finns inte.');
		if (!outcome.ok) error(outcome.refused?.status ?? 400, outcome.refused?.message ?? 'Det gick inte att hämta kalendern.');
		return { action: 'fetch', done: true, fetched: outcome.value.ok, unchanged: outcome.value.ok ? outcome.value.unchanged : false };
	},
	pause: (event) => status(event, 'pause'),
	resume: (event) => status(event, 'resume'),
	remove: (event) => status(event, 'remove')
};
