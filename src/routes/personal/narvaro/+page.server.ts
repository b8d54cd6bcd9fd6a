import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { loadFilteredSheet, saveSheet, sheetMonth } from '$lib/server/attendance-form';
import { staffActor } from '$lib/server/commands/actor';
import { listOrganisations } from '$lib/server/db/queries/organisations';

/** Staff record counts for any organisation's dates: one organisation and month at a time, narrowed by place and day. */
export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const organisations = listOrganisations(getDb()).map((o) => ({ id: o.id, name: o.name }));
	const chosen = organisations.find((o) => o.id === Number(event.url.searchParams.get('forening')));
	const sheet = chosen
		? loadFilteredSheet(chosen.id, event.url)
		: { ...sheetMonth(event.url), rows: [], venues: [], filters: { plats: '', datum: '', datumInvalid: false } };
	return { ...sheet, organisations, organisationId: chosen?.id ?? null };
};

export const actions: Actions = {
	save: async (event) => saveSheet(event.request, staffActor(event))
};
