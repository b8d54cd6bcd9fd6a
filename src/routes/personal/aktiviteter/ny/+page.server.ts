import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { staffActor } from '$lib/server/commands/actor';
import { eventFormOptions, handleEventForm, newEventFormKey, newEventValues } from '$lib/server/event-form';
import { listOrganisations } from '$lib/server/db/queries/organisations';
import { todayInStockholm } from '$lib/domain/dates';

/** Staff create an event for any organisation; it is published directly. */
export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const organisations = listOrganisations(getDb()).filter((o) => o.active).map((o) => ({ id: o.id, name: o.name }));
	// Staff choose the organisation on the form, so only a copy brings contact details along.
	const { formKey, made } = newEventFormKey(event.url, null, event.request.method);
	const { values, copyOf, organisationId } = newEventValues(null, null, event.url);
	return { values, copyOf, organisationId, formKey, made, organisations, options: eventFormOptions(organisationId ?? organisations[0]?.id ?? 0), today: todayInStockholm(), staff: true };
};

export const actions: Actions = {
	default: async (event) => handleEventForm(event.request, staffActor(event), null)
};
