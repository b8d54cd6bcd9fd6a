import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getOrganisation } from '$lib/server/db/queries/organisations';
import { requireOrganisation } from '$lib/server/organisation-context';
import { formValues } from '$lib/domain/schemas';
import { organiserActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { updateOrganisationProfile } from '$lib/server/commands/organisations';

const FIELDS = ['description', 'contactName', 'email', 'phone', 'website'];

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	const org = getOrganisation(getDb(), organisation.id)!;
	return {
		values: { description: org.description, contactName: org.contactName ?? '', email: org.email ?? '', phone: org.phone ?? '', website: org.website ?? '' },
		name: org.name
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = organiserActor(event);
		const values = formValues(await event.request.formData(), FIELDS);
		values.description = values.description.replace(/\r\n?/g, '\n');
		const { value, failure } = await runForm(updateOrganisationProfile, actor, { organisationId: actor.organisationId, values }, { values });
		return failure ?? { values, saved: true, unchanged: value.unchanged };
	}
};
