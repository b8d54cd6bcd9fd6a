import { and, eq, gte, inArray, lte, asc } from 'drizzle-orm';
import type { Db } from '../index';
import { eventRevisions, events, openingDeviations, organisations, venues } from '../schema';
import type { CostUnit } from '../schema/events';

export type ProgrammeExtra = { phone: string | null; costUnit: CostUnit | null };

/** What the printed programme adds to each listed event: the number to call and what the price covers. */
export function programmeExtras(db: Db, eventIds: number[]): Record<number, ProgrammeExtra> {
	if (!eventIds.length) return {};
	const rows = db
		.select({
			eventId: events.id,
			contactPhone: eventRevisions.contactPhone,
			orgPhone: organisations.phone,
			costUnit: eventRevisions.costUnit
		})
		.from(events)
		.innerJoin(eventRevisions, eq(eventRevisions.id, events.publishedRevisionId))
		.innerJoin(organisations, eq(organisations.id, events.organisationId))
		.where(inArray(events.id, [...new Set(eventIds)]))
		.all();
	return Object.fromEntries(rows.map((r) => [r.eventId, { phone: r.contactPhone ?? r.orgPhone, costUnit: r.costUnit }]));
}

export type ProgrammeVenue = { slug: string; name: string; address: string; postcode: string; city: string; busStop: string | null };

/** Address and bus stop of each venue on the sheet, printed once per venue. */
export function programmeVenues(db: Db, slugs: string[]): ProgrammeVenue[] {
	if (!slugs.length) return [];
	return db
		.select({ slug: venues.slug, name: venues.name, address: venues.address, postcode: venues.postcode, city: venues.city, busStop: venues.busStop })
		.from(venues)
		.where(inArray(venues.slug, [...new Set(slugs)]))
		.orderBy(asc(venues.name))
		.all();
}

export type Closure = { venueName: string; fromDate: string; toDate: string; closed: boolean; opens: string | null; closes: string | null; note: string | null };

/** Closures and changed hours that touch the dates from–to, of one venue or of every venue in a district. */
export function closuresBetween(db: Db, where: { districtId?: number; venueId?: number }, from: string, to: string): Closure[] {
	const place = where.venueId !== undefined ? eq(venues.id, where.venueId) : where.districtId !== undefined ? eq(venues.districtId, where.districtId) : undefined;
	return db
		.select({
			venueName: venues.name,
			fromDate: openingDeviations.fromDate,
			toDate: openingDeviations.toDate,
			closed: openingDeviations.closed,
			opens: openingDeviations.opens,
			closes: openingDeviations.closes,
			note: openingDeviations.note
		})
		.from(openingDeviations)
		.innerJoin(venues, eq(venues.id, openingDeviations.venueId))
		.where(and(eq(venues.status, 'approved'), lte(openingDeviations.fromDate, to), gte(openingDeviations.toDate, from), place))
		.orderBy(asc(openingDeviations.fromDate), asc(venues.name))
		.all();
}
