import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../index';
import { events, eventRevisions, occurrences, openingDeviations, tombstones } from '../schema';
import { expandSchedule, type Schedule } from '../../../domain/recurrence';
import { affectedPeople, planDates, type DatePlan, type StoredDate, type WantedDate } from '../../../domain/occurrence-plan';
import { addDays, todayInStockholm } from '../../../domain/dates';
import { swedishHoliday } from '../../holidays';

/** How far ahead dates are materialised; extended daily as time passes. */
export const HORIZON_DAYS = 200;

/** The note of a date cancelled because its schedule dropped it (undone if the schedule brings it back). */
export const SCHEDULE_CANCEL_NOTE = 'Tiden är ändrad eller borttagen.';

/** The public note of a date that falls on a day its venue is closed. */
export function closureNote(deviationNote: string | null) {
	return deviationNote ? `Lokalen är stängd (${deviationNote}).` : 'Lokalen är stängd.';
}

/** A date people are signed up for that a change moved or cancelled: they are told. */
export type DateNotice = {
	occurrenceId: number;
	kind: 'moved' | 'cancelled';
	before: { localDate: string; startsAt: number; endsAt: number };
	after: { localDate: string; startsAt: number; endsAt: number } | null;
	note: string | null;
};

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

/**
 * Brings an event's future dates in step with its published schedule and its venue's closures.
 * Past dates are history (attendance keys on them) and are never touched. A date whose time or
 * weekday changed is moved in place (its id, sign-ups and calendar identity stay); a date the
 * schedule drops is deleted (a tombstone is left for feed clients), or cancelled when people are
 * signed up. Every changed date gets a higher sequence. Returns what signed-up people must be told.
 * `from` (seeding) also fills in past dates that are missing.
 */
export function syncOccurrences(db: Db, eventId: number, opts: { from?: string; now?: Date } = {}): DateNotice[] {
	const now = opts.now ?? new Date();
	const plan = planEventDates(db, eventId, now);
	const notices: DateNotice[] = [];
	const span = (d: { localDate: string; startsAt: number; endsAt: number }) => ({ localDate: d.localDate, startsAt: d.startsAt, endsAt: d.endsAt });
	const bump = { sequence: sql`${occurrences.sequence} + 1`, updatedAt: now };
	db.transaction(() => {
		const tx = db;
		for (const c of plan.changes) {
			const set: Partial<typeof occurrences.$inferInsert> = {};
			if (c.moved) Object.assign(set, { localDate: c.after.localDate, weekday: c.after.weekday, startMinute: c.after.startMinute, startsAt: new Date(c.after.startsAt), endsAt: new Date(c.after.endsAt) });
			if (c.cancel === 'lift') Object.assign(set, { cancelled: false, cancelNote: null, cancelReason: null });
			else if (c.cancel) Object.assign(set, { cancelled: true, cancelNote: c.cancel.note, cancelReason: c.cancel.reason });
			tx.update(occurrences).set({ ...set, ...bump }).where(eq(occurrences.id, c.id)).run();
			if (c.before.people > 0 && !c.before.cancelled) {
				if (c.cancel && c.cancel !== 'lift') notices.push({ occurrenceId: c.id, kind: 'cancelled', before: span(c.before), after: null, note: c.cancel.note });
				else if (c.moved) notices.push({ occurrenceId: c.id, kind: 'moved', before: span(c.before), after: span(c.after), note: null });
			}
		}
		const remove = plan.drops.filter((d) => !d.keepCancelled).map((d) => d.stored.id);
		if (remove.length) {
			tx.delete(occurrences).where(inArray(occurrences.id, remove)).run();
			tx.insert(tombstones).values(remove.map((id) => ({ entityType: 'occurrence' as const, entityId: id, deletedAt: now }))).run();
		}
		for (const d of plan.drops.filter((x) => x.keepCancelled && !(x.stored.cancelled && x.stored.cancelReason === 'schedule'))) {
			tx.update(occurrences).set({ cancelled: true, cancelNote: SCHEDULE_CANCEL_NOTE, cancelReason: 'schedule', ...bump }).where(eq(occurrences.id, d.stored.id)).run();
			if (!d.stored.cancelled) notices.push({ occurrenceId: d.stored.id, kind: 'cancelled', before: span(d.stored), after: null, note: SCHEDULE_CANCEL_NOTE });
		}
		const insert = (w: WantedDate) => {
			const { closedNote, startsAt, endsAt, ...rest } = w;
			tx.insert(occurrences)
				.values({ eventId, ...rest, startsAt: new Date(startsAt), endsAt: new Date(endsAt), cancelled: closedNote !== null, cancelNote: closedNote, cancelReason: closedNote ? 'closure' : null, updatedAt: now })
				.onConflictDoNothing()
				.run();
		};
		for (const w of plan.inserts) insert(w);
		if (opts.from) for (const w of wantedDates(db, eventId, opts.from, now).wanted.filter((x) => x.startsAt < now.getTime())) insert(w);
	});
	return notices;
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

/** Extends every published event's dates to the rolling horizon. */
export function extendAllOccurrences(db: Db, now = new Date()) {
	const published = db.select({ id: events.id }).from(events).where(eq(events.status, 'published')).all();
	for (const e of published) syncOccurrences(db, e.id, { now });
}


