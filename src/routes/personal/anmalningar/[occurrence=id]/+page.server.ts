import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guards';
import { loadSignupList, signupAdminActions } from '$lib/server/signup-admin';
import { staffActor } from '$lib/server/commands/actor';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	return loadSignupList(null, Number(event.params.occurrence));
};

export const actions: Actions = signupAdminActions(staffActor);
