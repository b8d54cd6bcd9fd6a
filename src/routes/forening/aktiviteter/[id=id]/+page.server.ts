import type { Actions, PageServerLoad } from './$types';
import { requireOrganisation } from '$lib/server/organisation-context';
import { organiserActor } from '$lib/server/commands/actor';
import { eventAdminActions, loadEventAdmin } from '$lib/server/event-admin';

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	return { ...loadEventAdmin(organisation.id, Number(event.params.id), event.url), base: '/forening' };
};

export const actions: Actions = eventAdminActions(organiserActor);
