import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { staffActor } from '$lib/server/commands/actor';
import { EMPTY_EVENT_VALUES, eventFormOptions, handleEventForm } from '$lib/server/event-form';
import { listOrganisations } from '$lib/server/db/queries/organisations';
import { todayInStockholm } from '$lib/domain/dates';

/** Staff create an event for any organisation; it is published directly. */
export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const organisations = listOrganisations(getDb()).filter((o) => o.active).map((o) => ({ id: o.id, name: o.name }));
	return { values: EMPTY_EVENT_VALUES, organisations, options: eventFormOptions(organisations[0]?.id ?? 0), today: todayInStockholm(), staff: true };
};

export const actions: Actions = {
	default: async (event) => handleEventForm(event.request, staffActor(event), null)
};
