import type { Actions, PageServerLoad } from './$types';
import { eventFormOptions, handleEventForm, loadEventFormValues } from '$lib/server/event-form';
import { requireOrganisation } from '$lib/server/organisation-context';
import { todayInStockholm } from '$lib/domain/dates';

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	const loaded = loadEventFormValues(organisation.id, Number(event.params.id));
	return { ...loaded, options: eventFormOptions(organisation.id), today: todayInStockholm() };
};

export const actions: Actions = {
	default: async (event) => {
		const { user, organisation } = requireOrganisation(event);
		return handleEventForm(event.request, { userId: user.id, organisationId: organisation.id }, Number(event.params.id));
	}
};
