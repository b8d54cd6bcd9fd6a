import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listDistrictOptions } from '$lib/server/db/queries/taxonomy';
import { requireRole } from '$lib/server/auth/guards';
import { staffActor } from '$lib/server/commands/actor';
import { handleVenueForm } from '$lib/server/venue-form';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	return { values: { kind: 'association', approved: 'on', lat: '59,327', lng: '14,524' } as Record<string, string>, districts: listDistrictOptions(getDb()) };
};

export const actions: Actions = {
	default: async (event) => handleVenueForm(event.request, staffActor(event), null)
};
