import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guards';
import { staffActor } from '$lib/server/commands/actor';
import { eventAdminActions, loadEventAdmin } from '$lib/server/event-admin';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	return { ...loadEventAdmin(null, Number(event.params.id), event.url), base: '/personal' };
};

export const actions: Actions = eventAdminActions(staffActor);
