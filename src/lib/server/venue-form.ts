import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from './db';
import { saveVenue } from './db/queries/venue-admin';
import { listDistrictOptions } from './db/queries/taxonomy';
import { parseDeviationRows, parseOpeningRows, venueSchema } from '../domain/venue-form';
import { firstErrors } from '../domain/schemas';

export const VENUE_TEXT = ['name', 'kind', 'district', 'address', 'postcode', 'lat', 'lng', 'phone', 'email', 'description', 'busStop', 'accessibilityNote'] as const;
export const VENUE_FLAGS = ['stepFree', 'accessibleToilet', 'hearingLoop', 'parking', 'approved'] as const;
export const OPENING_ROWS = 10;
export const DEVIATION_ROWS = 5;

/** Validates and saves the venue form; on mistakes returns everything typed (all rows included). */
export async function handleVenueForm(request: Request, actorUserId: number, id: number | null) {
	const form = await request.formData();
	const values: Record<string, string> = {};
	for (const k of [...form.keys()]) if (typeof form.get(k) === 'string') values[k] = String(form.get(k));
	// Only the coordinates take a decimal comma ("59,327"); every other text is kept exactly as typed.
	const text = (k: string) => String(form.get(k) ?? '');
	const parsed = venueSchema.safeParse(Object.fromEntries(VENUE_TEXT.map((k) => [k, k === 'lat' || k === 'lng' ? text(k).replace(',', '.') : text(k)])));
	const opening = parseOpeningRows(form, OPENING_ROWS);
	const dev = parseDeviationRows(form, DEVIATION_ROWS);
	const errors: Record<string, string> = { ...(parsed.success ? {} : firstErrors(z.flattenError(parsed.error).fieldErrors)), ...opening.errors, ...dev.errors };
	const db = getDb();
	const district = listDistrictOptions(db).find((d) => d.slug === values.district);
	if (parsed.success && !district) errors.district = 'Välj stadsdel i listan.';
	if (!parsed.success || Object.keys(errors).length) return fail(400, { values, errors });
	const v = parsed.data;
	const districtId = (db.$client.prepare('SELECT id FROM districts WHERE slug = ?').get(district!.slug) as { id: number }).id;
	const venueId = saveVenue(
		db,
		actorUserId,
		id,
		{
			name: v.name, kind: v.kind, districtId, address: v.address, postcode: v.postcode, city: 'Karlskoga', lat: v.lat, lng: v.lng,
			phone: v.phone || null, email: v.email || null, description: v.description, busStop: v.busStop || null, accessibilityNote: v.accessibilityNote || null,
			stepFree: form.get('stepFree') === 'on', accessibleToilet: form.get('accessibleToilet') === 'on', hearingLoop: form.get('hearingLoop') === 'on', parking: form.get('parking') === 'on',
			status: form.get('approved') === 'on' ? 'approved' : 'proposed'
		},
		opening.rules,
		dev.deviations
	);
	redirect(303, `/personal/platser/${venueId}?sparad`);
}
