import type { Actions, PageServerLoad } from './$types';
import { requireOrganisation } from '$lib/server/organisation-context';
import { loadSheet, saveSheet } from '$lib/server/attendance-form';

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	return loadSheet(organisation.id, event.url);
};

export const actions: Actions = {
	save: async (event) => {
		const { user, organisation } = requireOrganisation(event);
		return saveSheet(event.request, user.id, organisation.id);
	}
};
