import type { Actions, PageServerLoad } from './$types';
import { requireOrganisation } from '$lib/server/organisation-context';
import { calendarActor } from '$lib/server/calendar-import-form';
import { addAction, loadSourceForm, previewAction } from '$lib/server/calendar-import-pages';

export const load: PageServerLoad = (event) => loadSourceForm(calendarActor(event, requireOrganisation(event)));

export const actions: Actions = {
	preview: async (event) => previewAction(calendarActor(event, requireOrganisation(event)), await event.request.formData()),
	add: async (event) => addAction(calendarActor(event, requireOrganisation(event)), await event.request.formData())
};
