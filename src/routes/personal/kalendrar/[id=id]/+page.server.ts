import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { staffActor } from '$lib/server/commands/actor';
import { activeOrganisationOptions } from '$lib/server/db/queries/calendar-sources';
import { staffCalendarContext } from '$lib/server/calendar-import-form';
import { fetchAction, loadSourceStatus, statusAction } from '$lib/server/calendar-import-pages';

const id = (event: { params: { id: string } }) => Number(event.params.id);

export const load: PageServerLoad = (event) => loadSourceStatus(staffCalendarContext(staffActor(event), event.url, activeOrganisationOptions(getDb())), id(event));

export const actions: Actions = {
	fetch: (event) => fetchAction(staffCalendarContext(staffActor(event), event.url, activeOrganisationOptions(getDb())), id(event)),
	pause: (event) => statusAction(staffCalendarContext(staffActor(event), event.url, activeOrganisationOptions(getDb())), id(event), 'pause'),
	resume: (event) => statusAction(staffCalendarContext(staffActor(event), event.url, activeOrganisationOptions(getDb())), id(event), 'resume'),
	remove: (event) => statusAction(staffCalendarContext(staffActor(event), event.url, activeOrganisationOptions(getDb())), id(event), 'remove')
};
