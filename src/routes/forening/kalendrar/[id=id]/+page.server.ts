import type { Actions, PageServerLoad } from './$types';
import { requireOrganisation } from '$lib/server/organisation-context';
import { calendarActor } from '$lib/server/calendar-import-form';
import { fetchAction, loadSourceStatus, statusAction } from '$lib/server/calendar-import-pages';

export const load: PageServerLoad = (event) => loadSourceStatus(calendarActor(event, requireOrganisation(event)), Number(event.params.id));

export const actions: Actions = {
	fetch: (event) => fetchAction(calendarActor(event, requireOrganisation(event)), Number(event.params.id)),
	pause: (event) => statusAction(calendarActor(event, requireOrganisation(event)), Number(event.params.id), 'pause'),
	resume: (event) => statusAction(calendarActor(event, requireOrganisation(event)), Number(event.params.id), 'resume'),
	remove: (event) => statusAction(calendarActor(event, requireOrganisation(event)), Number(event.params.id), 'remove')
};
