import { and, eq } from 'drizzle-orm';
import type { Db } from '../index';
import { events, eventRevisions, openingDeviations } from '../schema';
import { expandSchedule, type Schedule } from '../../../domain/recurrence';
import { affectedPeople, planDates, type DatePlan, type StoredDate, type WantedDate } from '../../../domain/occurrence-plan';
import { addDays, todayInStockholm } from '../../../domain/dates';
import { swedishHoliday } from '../../holidays';

/** How far ahead dates are materialised; extended daily as time passes. */
export const HORIZON_DAYS = 200;


/** The public note of a date that falls on a day its venue is closed. */
export function closureNote(deviationNote: string | null) {
	return deviationNote ? `Lokalen är stängd (${deviationNote}).` : 'Lokalen är stängd.';
}

/** Closed days of a venue between two dates, with the public note for each. */
export function closedDaysOfVenue(db: Db, venueId: number | null, from: string, to: string) {
	const closed = new Map<string, string>();
	if (venueId === null) return closed;
	const rows = db
		.select()
		.from(openingDeviations)
		.where(and(eq(openingDeviations.venueId, venueId), eq(openingDeviations.closed, true)))
		.all()
		.filter((d) => d.toDate >= from && d.fromDate <= to);
	for (const d of rows)
		for (let day = d.fromDate < from ? from : d.fromDate; day <= d.toDate && day <= to; day = addDays(day, 1)) closed.set(day, closureNote(d.note));
	return closed;
}

/** The dates a schedule gives from `from` to the horizon, the venue's closed days marked. */
function datesOf(db: Db, schedule: Schedule, venueId: number | null, from: string, now: Date): WantedDate[] {
	const to = addDays(todayInStockholm(now), HORIZON_DAYS);
	const closed = closedDaysOfVenue(db, venueId, from, to);
	return expandSchedule(schedule, from, to, swedishHoliday).map((p) => ({
		localDate: p.localDate,
		weekday: p.weekday,
		startMinute: p.startMinute,
		startsAt: p.startsAt.getTime(),
		endsAt: p.endsAt.getTime(),
		closedNote: closed.get(p.localDate) ?? null
	}));
}

/** The dates an event's published schedule gives from `from` to the horizon. */
export function wantedDates(db: Db, eventId: number, from: string, now: Date): { wanted: WantedDate[]; oneOff: boolean } {
	const row = db
		.select({ schedule: eventRevisions.schedule, venueId: eventRevisions.venueId })
		.from(events)
		.innerJoin(eventRevisions, eq(eventRevisions.id, events.publishedRevisionId))
		.where(eq(events.id, eventId))
		.get();
	if (!row) return { wanted: [], oneOff: false };
	return { wanted: datesOf(db, row.schedule, row.venueId, from, now), oneOff: row.schedule.kind === 'once' };
}

/**
 * What publishing a schedule would do to the people signed up for the event's future dates:
 * how many would move with their date, how many would be told it is cancelled.
 */
export function impactOfSchedule(db: Db, eventId: number, schedule: Schedule, venueId: number | null, now: Date) {
	const wanted = datesOf(db, schedule, venueId, todayInStockholm(now), now).filter((w) => w.startsAt >= now.getTime());
	return affectedPeople(planDates(storedFutureDates(db, eventId, now), wanted, { oneOff: schedule.kind === 'once' }));
}

/** Future stored dates of an event with the number of people signed up for each. */
export function storedFutureDates(db: Db, eventId: number, now: Date): StoredDate[] {
	return db.$client
		.prepare(
			`SELECT o.id, o.local_date AS localDate, o.starts_at AS startsAt, o.ends_at AS endsAt, o.cancelled = 1 AS cancelled,
			 o.cancel_reason AS cancelReason, o.cancel_note AS cancelNote,
			 coalesce((SELECT sum(s.people) FROM signups s WHERE s.occurrence_id = o.id AND s.status != 'cancelled'), 0) AS people
			 FROM occurrences o WHERE o.event_id = ? AND o.starts_at >= ? ORDER BY o.starts_at`
		)
		.all(eventId, now.getTime())
		.map((r) => ({ ...(r as StoredDate), cancelled: (r as { cancelled: number }).cancelled === 1 }));
}

/** The plan a re-sync of an event would carry out (also used to warn before a change is published). */
export function planEventDates(db: Db, eventId: number, now: Date): DatePlan {
	const { wanted, oneOff } = wantedDates(db, eventId, todayInStockholm(now), now);
	return planDates(storedFutureDates(db, eventId, now), wanted.filter((w) => w.startsAt >= now.getTime()), { oneOff });
}

/** Event ids with published dates at a venue (to re-plan when its closures change). */
export function eventsAtVenue(db: Db, venueId: number): number[] {
	return db
		.select({ id: events.id })
		.from(events)
		.innerJoin(eventRevisions, eq(eventRevisions.id, events.publishedRevisionId))
		.where(and(eq(eventRevisions.venueId, venueId), eq(events.status, 'published')))
		.all()
		.map((e) => e.id);
}
