import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guards';
import { loadSignupList, signupAdminActions } from '$lib/server/signup-admin';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	return loadSignupList(null, Number(event.params.occurrence));
};

export const actions: Actions = signupAdminActions((event) => ({ userId: requireRole(event, 'moderator', 'admin').id, organisationId: null }));
