import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guards';
import { loadSheet, saveSheet } from '$lib/server/attendance-form';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	return loadSheet(null, event.url);
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		return saveSheet(event.request, user.id, null);
	}
};
