import { and, eq, gte, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../index';
import { calendarSources, categories, eventRevisions, events, importedItems, occurrences, organisations, venues } from '../schema';
import type { KnownVenue } from '../../import/plan';

export type CalendarSource = typeof calendarSources.$inferSelect;

/** The organisation's sources (scope null = staff: every organisation's), with the organisation's name. */
export function listSources(db: Db, scope: number | null) {
	return db
		.select({ source: calendarSources, organisation: organisations.name })
		.from(calendarSources)
		.innerJoin(organisations, eq(organisations.id, calendarSources.organisationId))
		.where(scope === null ? undefined : eq(calendarSources.organisationId, scope))
		.orderBy(calendarSources.name)
		.all();
}

/** One source if the scope may see it (null = staff). */
export function getSource(db: Db, scope: number | null, id: number): CalendarSource | null {
	return (
		db
			.select()
			.from(calendarSources)
			.where(and(eq(calendarSources.id, id), scope === null ? undefined : eq(calendarSources.organisationId, scope)))
			.get() ?? null
	);
}

/** Active sources not fetched since `before`. */
export function dueSourceIds(db: Db, before: Date): number[] {
	return db
		.select({ id: calendarSources.id })
		.from(calendarSources)
		.where(and(eq(calendarSources.status, 'active'), or(isNull(calendarSources.lastFetchedAt), lt(calendarSources.lastFetchedAt, before))))
		.all()
		.map((r) => r.id);
}

/** Approved venues (and the organisation's own proposals): what a LOCATION is matched against. */
export function knownVenues(db: Db, organisationId: number): KnownVenue[] {
	return db
		.select({ id: venues.id, name: venues.name, address: venues.address, status: venues.status, proposedBy: venues.proposedByOrganisationId })
		.from(venues)
		.all()
		.filter((v) => v.status === 'approved' || v.proposedBy === organisationId)
		.map(({ id, name, address }) => ({ id, name, address }));
}

export function venueNames(db: Db): Map<number, string> {
	return new Map(db.select({ id: venues.id, name: venues.name }).from(venues).all().map((v) => [v.id, v.name]));
}

export function categoryOptions(db: Db) {
	return db.select({ id: categories.id, name: categories.nameSv, nameEn: categories.nameEn }).from(categories).orderBy(categories.nameSv).all();
}

export function activeOrganisationOptions(db: Db) {
	return db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.active, true)).orderBy(organisations.name).all();
}

export function importedItemsOf(db: Db, sourceId: number) {
	return db.select().from(importedItems).where(eq(importedItems.sourceId, sourceId)).all();
}

/** The events a source brought in that still have a date ahead, for its status page. */
export function importedEvents(db: Db, sourceId: number, now: Date) {
	const items = importedItemsOf(db, sourceId);
	if (!items.length) return [];
	const ids = [...new Set(items.map((i) => i.eventId))];
	const rows = db
		.select({ eventId: occurrences.eventId, startsAt: occurrences.startsAt, cancelled: occurrences.cancelled })
		.from(occurrences)
		.where(and(inArray(occurrences.eventId, ids), gte(occurrences.endsAt, now)))
		.all();
	const status = new Map(db.select({ id: events.id, status: events.status }).from(events).where(inArray(events.id, ids)).all().map((e) => [e.id, e.status]));
	return items.map((i) => ({ ...i, eventStatus: status.get(i.eventId) ?? 'draft', next: rows.find((r) => r.eventId === i.eventId) ?? null }));
}

/** Future dates of an event, for cancelling one that vanished upstream. */
export function futureOccurrences(db: Db, eventId: number, now: Date) {
	return db.select().from(occurrences).where(and(eq(occurrences.eventId, eventId), gte(occurrences.startsAt, now))).all();
}

/** The latest title of each event, for lists of imported dates. */
export function eventTitles(db: Db, eventIds: number[]): Map<number, string> {
	if (!eventIds.length) return new Map();
	return new Map(
		db
			.select({ id: events.id, title: eventRevisions.title })
			.from(events)
			.innerJoin(eventRevisions, eq(eventRevisions.id, events.latestRevisionId))
			.where(inArray(events.id, eventIds))
			.all()
			.map((r) => [r.id, r.title])
	);
}
