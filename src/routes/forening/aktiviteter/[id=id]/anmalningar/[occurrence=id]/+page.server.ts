import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireOrganisation } from '$lib/server/organisation-context';
import { loadSignupList, signupAdminActions } from '$lib/server/signup-admin';
import { organiserActor } from '$lib/server/commands/actor';

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	const list = loadSignupList(organisation.id, Number(event.params.occurrence));
	if (list.target.eventId !== Number(event.params.id)) error(404, 'Tillfället finns inte.');
	return list;
};

export const actions: Actions = signupAdminActions(organiserActor);
