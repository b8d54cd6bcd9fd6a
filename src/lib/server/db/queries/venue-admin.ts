import { eq } from 'drizzle-orm';
import type { Db } from '../index';
import { openingDeviations, openingHours, venues } from '../schema';
import type { DeviationInput, OpeningRuleInput } from '../../../domain/venue-form';
import { logAudit } from './audit';
import { invalidateCache } from '../../cache';

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
		rules: db.select().from(openingHours).where(eq(openingHours.venueId, id)).orderBy(openingHours.weekday, openingHours.opens).all(),
		deviations: db.select().from(openingDeviations).where(eq(openingDeviations.venueId, id)).orderBy(openingDeviations.fromDate).all()
	};
}

type VenueValues = Omit<typeof venues.$inferInsert, 'id' | 'slug'>;

function slugFor(db: Db, name: string, ownId?: number) {
	const base = name.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'plats';
	let slug = base;
	for (let i = 2; ; i++) {
		const hit = db.select({ id: venues.id }).from(venues).where(eq(venues.slug, slug)).get();
		if (!hit || hit.id === ownId) return slug;
		slug = `${base}-${i}`;
	}
}

/** Creates or updates a venue with its weekly opening rules and deviations (replaced as a whole). */
export function saveVenue(db: Db, actorUserId: number, id: number | null, values: VenueValues, rules: OpeningRuleInput[], deviations: DeviationInput[]) {
	const venueId = db.transaction((tx) => {
		let vid: number;
		if (id === null) {
			vid = tx.insert(venues).values({ ...values, slug: slugFor(db, values.name) }).returning({ id: venues.id }).get().id;
		} else {
			tx.update(venues).set(values).where(eq(venues.id, id)).run();
			vid = id;
		}
		tx.delete(openingHours).where(eq(openingHours.venueId, vid)).run();
		if (rules.length) tx.insert(openingHours).values(rules.map((r) => ({ ...r, venueId: vid }))).run();
		tx.delete(openingDeviations).where(eq(openingDeviations.venueId, vid)).run();
		if (deviations.length) tx.insert(openingDeviations).values(deviations.map((d) => ({ ...d, venueId: vid }))).run();
		return vid;
	});
	logAudit(db, { actorUserId, action: id === null ? 'venue.created' : 'venue.updated', entityType: 'venue', entityId: venueId, summary: `${values.name}: ${id === null ? 'ny plats' : 'ändrad'}${values.status === 'approved' ? '' : ' (föreslagen)'}` });
	invalidateCache();
	return venueId;
}
