import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listDistrictOptions } from '$lib/server/db/queries/taxonomy';
import { requireRole } from '$lib/server/auth/guards';
import { DEVIATION_ROWS, handleVenueForm, OPENING_ROWS } from '$lib/server/venue-form';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	return { values: { kind: 'association', approved: 'on', lat: '59,327', lng: '14,524' } as Record<string, string>, districts: listDistrictOptions(getDb()), openingRows: OPENING_ROWS, deviationRows: DEVIATION_ROWS };
};

export const actions: Actions = {
	default: async (event) => handleVenueForm(event.request, requireRole(event, 'moderator', 'admin').id, null)
};
