import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { staffActor } from '$lib/server/commands/actor';
import { activeOrganisationOptions } from '$lib/server/db/queries/calendar-sources';
import { staffCalendarContext } from '$lib/server/calendar-import-form';
import { addAction, loadSourceForm, previewAction } from '$lib/server/calendar-import-pages';

export const load: PageServerLoad = (event) => loadSourceForm(staffCalendarContext(staffActor(event), event.url, activeOrganisationOptions(getDb())));

export const actions: Actions = {
	preview: async (event) => previewAction(staffCalendarContext(staffActor(event), event.url, activeOrganisationOptions(getDb())), await event.request.formData()),
	add: async (event) => addAction(staffCalendarContext(staffActor(event), event.url, activeOrganisationOptions(getDb())), await event.request.formData())
};
