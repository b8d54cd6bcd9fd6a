import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getOrganisation, updateOrganisationProfile } from '$lib/server/db/queries/organisations';
import { requireOrganisation } from '$lib/server/organisation-context';
import { firstErrors, formValues, organisationProfileSchema } from '$lib/domain/schemas';
import { invalidateCache } from '$lib/server/cache';

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
		const { user, organisation } = requireOrganisation(event);
		const values = formValues(await event.request.formData(), FIELDS);
		const parsed = organisationProfileSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: firstErrors(z.flattenError(parsed.error).fieldErrors) });
		updateOrganisationProfile(getDb(), user.id, organisation.id, parsed.data);
		invalidateCache();
		return { values, saved: true };
	}
};
