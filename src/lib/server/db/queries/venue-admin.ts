import { eq } from 'drizzle-orm';
import type { Db } from '../index';
import { districts, openingDeviations, openingHours, venues } from '../schema';

export function listAllVenues(db: Db) {
	return db.$client
		.prepare(
			`SELECT v.id, v.name, v.kind, v.status, d.name AS district, o.name AS proposedBy
			 FROM venues v JOIN districts d ON d.id = v.district_id LEFT JOIN organisations o ON o.id = v.proposed_by_organisation_id
			 ORDER BY v.status = 'proposed' DESC, v.name`
		)
		.all() as { id: number; name: string; kind: string; status: 'approved' | 'proposed'; district: string; proposedBy: string | null }[];
}

export function getVenueForEdit(db: Db, id: number) {
	const venue = db.select().from(venues).where(eq(venues.id, id)).get();
	if (!venue) return null;
	return {
		venue,
		rules: db.select().from(openingHours).where(eq(openingHours.venueId, id)).orderBy(openingHours.weekday, openingHours.opens, openingHours.id).all(),
		deviations: db.select().from(openingDeviations).where(eq(openingDeviations.venueId, id)).orderBy(openingDeviations.fromDate, openingDeviations.id).all()
	};
}

/** The venue form's values: one key per field, `oh-N-*` and `dv-N-*` for every rule and deviation. */
export function venueFormValues(found: NonNullable<ReturnType<typeof getVenueForEdit>>, districtSlug: string) {
	const { venue: v, rules, deviations } = found;
	const values: Record<string, string> = {
		name: v.name, kind: v.kind, district: districtSlug, address: v.address, postcode: v.postcode, lat: String(v.lat), lng: String(v.lng),
		phone: v.phone ?? '', email: v.email ?? '', description: v.description, busStop: v.busStop ?? '', accessibilityNote: v.accessibilityNote ?? '',
		stepFree: v.stepFree ? 'on' : '', accessibleToilet: v.accessibleToilet ? 'on' : '', hearingLoop: v.hearingLoop ? 'on' : '', parking: v.parking ? 'on' : '',
		approved: v.status === 'approved' ? 'on' : ''
	};
	rules.forEach((r, i) => Object.assign(values, { [`oh-${i}-weekday`]: String(r.weekday), [`oh-${i}-parity`]: r.weekParity ?? '', [`oh-${i}-opens`]: r.opens, [`oh-${i}-closes`]: r.closes, [`oh-${i}-note`]: r.note ?? '' }));
	deviations.forEach((d, i) => Object.assign(values, { [`dv-${i}-from`]: d.fromDate, [`dv-${i}-to`]: d.toDate, [`dv-${i}-closed`]: d.closed ? 'on' : '', [`dv-${i}-opens`]: d.opens ?? '', [`dv-${i}-closes`]: d.closes ?? '', [`dv-${i}-note`]: d.note ?? '' }));
	return values;
}

export function districtSlugOf(db: Db, districtId: number): string {
	return db.select({ slug: districts.slug }).from(districts).where(eq(districts.id, districtId)).get()?.slug ?? '';
}
