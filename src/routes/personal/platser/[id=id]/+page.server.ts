import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getVenueForEdit } from '$lib/server/db/queries/venue-admin';
import { listDistrictOptions } from '$lib/server/db/queries/taxonomy';
import { requireRole } from '$lib/server/auth/guards';
import { DEVIATION_ROWS, handleVenueForm, OPENING_ROWS } from '$lib/server/venue-form';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const db = getDb();
	const found = getVenueForEdit(db, Number(event.params.id));
	if (!found) error(404, 'Platsen finns inte.');
	const { venue: v, rules, deviations } = found;
	const districtSlug = (db.$client.prepare('SELECT slug FROM districts WHERE id = ?').get(v.districtId) as { slug: string }).slug;
	const values: Record<string, string> = {
		name: v.name, kind: v.kind, district: districtSlug, address: v.address, postcode: v.postcode, lat: String(v.lat), lng: String(v.lng),
		phone: v.phone ?? '', email: v.email ?? '', description: v.description, busStop: v.busStop ?? '', accessibilityNote: v.accessibilityNote ?? '',
		stepFree: v.stepFree ? 'on' : '', accessibleToilet: v.accessibleToilet ? 'on' : '', hearingLoop: v.hearingLoop ? 'on' : '', parking: v.parking ? 'on' : '',
		approved: v.status === 'approved' ? 'on' : ''
	};
	rules.forEach((r, i) => Object.assign(values, { [`oh-${i}-weekday`]: String(r.weekday), [`oh-${i}-parity`]: r.weekParity ?? '', [`oh-${i}-opens`]: r.opens, [`oh-${i}-closes`]: r.closes, [`oh-${i}-note`]: r.note ?? '' }));
	deviations.forEach((d, i) => Object.assign(values, { [`dv-${i}-from`]: d.fromDate, [`dv-${i}-to`]: d.toDate, [`dv-${i}-closed`]: d.closed ? 'on' : '', [`dv-${i}-opens`]: d.opens ?? '', [`dv-${i}-closes`]: d.closes ?? '', [`dv-${i}-note`]: d.note ?? '' }));
	return { name: v.name, slug: v.slug, values, districts: listDistrictOptions(db), openingRows: Math.max(OPENING_ROWS, rules.length + 2), deviationRows: Math.max(DEVIATION_ROWS, deviations.length + 1), saved: event.url.searchParams.has('sparad') };
};

export const actions: Actions = {
	default: async (event) => handleVenueForm(event.request, requireRole(event, 'moderator', 'admin').id, Number(event.params.id))
};
