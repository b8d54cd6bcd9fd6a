import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { organisationsOfUser } from '$lib/server/db/queries/users';
import { requireRole } from '$lib/server/auth/guards';
import { currentOrganisation } from '$lib/server/organisation-context';

export const load: LayoutServerLoad = (event) => {
	const user = requireRole(event, 'organiser', 'moderator', 'admin');
	const organisations = organisationsOfUser(getDb(), user.id);
	return { organisations, organisation: currentOrganisation(event, organisations) };
};
