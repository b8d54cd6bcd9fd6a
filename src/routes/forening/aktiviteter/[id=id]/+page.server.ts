import type { Actions, PageServerLoad } from './$types';
import { requireOrganisation } from '$lib/server/organisation-context';
import { eventAdminActions, loadEventAdmin } from '$lib/server/event-admin';

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	return { ...loadEventAdmin(organisation.id, Number(event.params.id), event.url), base: '/forening' };
};

export const actions: Actions = eventAdminActions((event) => {
	const { user, organisation } = requireOrganisation(event);
	return { userId: user.id, organisationId: organisation.id };
});
