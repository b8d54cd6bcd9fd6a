import type { Actions, PageServerLoad } from './$types';
import { eventFormOptions, handleEventForm, newEventFormKey, newEventValues } from '$lib/server/event-form';
import { requireOrganisation } from '$lib/server/organisation-context';
import { organiserActor } from '$lib/server/commands/actor';
import { todayInStockholm } from '$lib/domain/dates';

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	const { formKey, made } = newEventFormKey(event.url, organisation.id, event.request.method);
	const { values, copyOf } = newEventValues(organisation.id, organisation.id, event.url);
	return {
		values,
		copyOf,
		formKey,
		made,
		options: eventFormOptions(organisation.id),
		today: todayInStockholm()
	};
};

export const actions: Actions = {
	default: async (event) => handleEventForm(event.request, organiserActor(event), null)
};
