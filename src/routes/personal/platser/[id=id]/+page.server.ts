import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { districtSlugOf, getVenueForEdit, venueFormValues } from '$lib/server/db/queries/venue-admin';
import { listDistrictOptions } from '$lib/server/db/queries/taxonomy';

import { requireRole } from '$lib/server/auth/guards';
import { staffActor } from '$lib/server/commands/actor';
import { handleVenueForm } from '$lib/server/venue-form';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const db = getDb();
	const found = getVenueForEdit(db, Number(event.params.id));
	if (!found) error(404, 'Platsen finns inte.');
	const p = event.url.searchParams;
	return {
		name: found.venue.name,
		slug: found.venue.slug,
		values: venueFormValues(found, districtSlugOf(db, found.venue.districtId)),
		districts: listDistrictOptions(db),
		saved: p.has('sparad') ? ('saved' as const) : p.has('oforandrad') ? ('unchanged' as const) : null
	};
};

export const actions: Actions = {
	default: async (event) => handleVenueForm(event.request, staffActor(event), Number(event.params.id))
};
