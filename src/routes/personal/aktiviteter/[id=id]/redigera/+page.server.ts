import type { Actions, PageServerLoad } from './$types';
import { eventFormOptions, handleEventForm, loadEventFormValues } from '$lib/server/event-form';
import { requireRole } from '$lib/server/auth/guards';
import { staffActor } from '$lib/server/commands/actor';
import { todayInStockholm } from '$lib/domain/dates';

/** Staff edit any event; saving publishes at once (and, over a waiting submission, records the approval). */
export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const loaded = loadEventFormValues(null, Number(event.params.id));
	return { ...loaded, options: eventFormOptions(loaded.organisationId), today: todayInStockholm(), staff: true };
};

export const actions: Actions = {
	default: async (event) => handleEventForm(event.request, staffActor(event), Number(event.params.id))
};
