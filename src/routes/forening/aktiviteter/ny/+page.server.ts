import type { Actions, PageServerLoad } from './$types';
import { EMPTY_EVENT_VALUES, eventFormOptions, handleEventForm } from '$lib/server/event-form';
import { requireOrganisation } from '$lib/server/organisation-context';
import { organiserActor } from '$lib/server/commands/actor';
import { EVENT_TEMPLATES } from '$lib/domain/event-templates';
import { todayInStockholm } from '$lib/domain/dates';

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	const template = EVENT_TEMPLATES[event.url.searchParams.get('mall') ?? ''];
	return {
		values: { ...EMPTY_EVENT_VALUES, ...(template?.values ?? {}) },
		options: eventFormOptions(organisation.id),
		today: todayInStockholm()
	};
};

export const actions: Actions = {
	default: async (event) => handleEventForm(event.request, organiserActor(event), null)
};
