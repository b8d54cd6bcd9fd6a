import type { Actions, PageServerLoad } from './$types';
import { requireOrganisation } from '$lib/server/organisation-context';
import { loadSheet, saveSheet } from '$lib/server/attendance-form';
import { organiserActor } from '$lib/server/commands/actor';

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	return loadSheet(organisation.id, event.url);
};

export const actions: Actions = {
	save: async (event) => saveSheet(event.request, organiserActor(event))
};
