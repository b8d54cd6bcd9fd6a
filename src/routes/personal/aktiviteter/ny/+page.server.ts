import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { EMPTY_EVENT_VALUES, eventFormOptions, handleEventForm } from '$lib/server/event-form';
import { listOrganisations } from '$lib/server/db/queries/organisations';
import { readEventForm, validateEventForm } from '$lib/domain/event-form';
import { todayInStockholm } from '$lib/domain/dates';

/** Staff create an event for any organisation; it is published directly. */
export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const organisations = listOrganisations(getDb()).filter((o) => o.active).map((o) => ({ id: o.id, name: o.name }));
	return { values: EMPTY_EVENT_VALUES, organisations, options: eventFormOptions(organisations[0]?.id ?? 0), today: todayInStockholm(), staff: true };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const form = await event.request.clone().formData();
		const organisationId = Number(form.get('organisationId'));
		if (!listOrganisations(getDb()).some((o) => o.id === organisationId && o.active)) {
			// Report the organiser together with every other mistake in the form.
			const values = readEventForm(form);
			const checked = validateEventForm(values, todayInStockholm());
			const rest = checked.ok ? {} : checked.errors;
			return fail(400, { values, errors: { organisationId: 'Välj vilken förening eller enhet som ordnar aktiviteten.', ...rest }, preview: null, organisationId: '' });
		}
		const result = await handleEventForm(event.request, { userId: user.id, organisationId }, null, { staff: true });
		// Keep the chosen organiser when the rest of the form needs correcting.
		if (result && 'data' in result && result.data) Object.assign(result.data, { organisationId: String(organisationId) });
		return result;
	}
};
