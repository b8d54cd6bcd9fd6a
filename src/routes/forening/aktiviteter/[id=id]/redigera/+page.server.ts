import type { Actions, PageServerLoad } from './$types';
import { eventFormOptions, handleEventForm, loadEventFormValues } from '$lib/server/event-form';
import { requireOrganisation } from '$lib/server/organisation-context';
import { organiserActor } from '$lib/server/commands/actor';
import { todayInStockholm } from '$lib/domain/dates';

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	const loaded = loadEventFormValues(organisation.id, Number(event.params.id));
	return { ...loaded, options: eventFormOptions(organisation.id), today: todayInStockholm() };
};

export const actions: Actions = {
	default: async (event) => handleEventForm(event.request, organiserActor(event), Number(event.params.id))
};
