import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guards';
import { eventAdminActions, loadEventAdmin } from '$lib/server/event-admin';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	return { ...loadEventAdmin(null, Number(event.params.id), event.url), base: '/personal' };
};

export const actions: Actions = eventAdminActions((event) => ({ userId: requireRole(event, 'moderator', 'admin').id, organisationId: null }));
