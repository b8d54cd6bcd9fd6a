import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listMembers } from '$lib/server/db/queries/organisations';
import { requireOrganisation } from '$lib/server/organisation-context';

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	return { members: listMembers(getDb(), organisation.id) };
};
