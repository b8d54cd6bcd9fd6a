import type { Actions, PageServerLoad } from './$types';
import { eventFormOptions, handleEventForm, loadEventFormValues } from '$lib/server/event-form';
import { requireRole } from '$lib/server/auth/guards';
import { todayInStockholm } from '$lib/domain/dates';

/** Staff edit any event; saving publishes at once (logged as a staff publication). */
export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const loaded = loadEventFormValues(null, Number(event.params.id));
	return { ...loaded, options: eventFormOptions(loaded.organisationId), today: todayInStockholm(), staff: true };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const { organisationId } = loadEventFormValues(null, Number(event.params.id));
		return handleEventForm(event.request, { userId: user.id, organisationId }, Number(event.params.id), { staff: true });
	}
};
