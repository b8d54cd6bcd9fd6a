import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../index';
import { events, eventRevisions, occurrences } from '../schema';
import { expandSchedule } from '../../../domain/recurrence';
import { addDays, todayInStockholm } from '../../../domain/dates';

/** How far ahead dates are materialised; extended daily as time passes. */
export const HORIZON_DAYS = 200;

/** The note of a date cancelled because its schedule dropped it (undone if the schedule brings it back). */
export const SCHEDULE_CANCEL_NOTE = 'Tiden är ändrad eller borttagen.';

/**
 * Brings an event's future occurrences in step with its published schedule.
 * Past dates are history (attendance keys on them) and are never touched; a future date that
 * the new schedule drops is deleted, unless people signed up, in which case it is cancelled.
 */
export function syncOccurrences(db: Db, eventId: number, opts: { from?: string; now?: Date } = {}) {
	const now = opts.now ?? new Date();
	const today = todayInStockholm(now);
	const row = db
		.select({ schedule: eventRevisions.schedule, status: events.status })
		.from(events)
		.innerJoin(eventRevisions, eq(eventRevisions.id, events.publishedRevisionId))
		.where(eq(events.id, eventId))
		.get();
	const from = opts.from ?? today;
	const planned = row ? expandSchedule(row.schedule, from, addDays(today, HORIZON_DAYS)) : [];
	const plannedStarts = new Set(planned.map((p) => p.startsAt.getTime()));
	const existing = db
		.select({ id: occurrences.id, startsAt: occurrences.startsAt })
		.from(occurrences)
		.where(and(eq(occurrences.eventId, eventId), gte(occurrences.startsAt, now)))
		.all();
	const dropped = existing.filter((o) => !plannedStarts.has(o.startsAt.getTime())).map((o) => o.id);
	db.transaction((tx) => {
		if (dropped.length) {
			const rows = db.$client
				.prepare(
					`SELECT DISTINCT occurrence_id AS id FROM signups WHERE status != 'cancelled' AND occurrence_id IN (${dropped.map(() => '?').join(',')})`
				)
				.all(...dropped) as { id: number }[];
			const withSignups = new Set(rows.map((r) => r.id));
			const cancel = dropped.filter((id) => withSignups.has(id));
			const remove = dropped.filter((id) => !withSignups.has(id));
			if (remove.length) tx.delete(occurrences).where(inArray(occurrences.id, remove)).run();
			if (cancel.length)
				tx.update(occurrences)
					.set({ cancelled: true, cancelNote: SCHEDULE_CANCEL_NOTE })
					.where(inArray(occurrences.id, cancel))
					.run();
		}
		for (const p of planned) {
			if (p.endsAt < now && !opts.from) continue;
			tx.insert(occurrences)
				.values({ eventId, ...p })
				.onConflictDoUpdate({
					target: [occurrences.eventId, occurrences.startsAt],
					set: {
						endsAt: p.endsAt,
						cancelled: sql`CASE WHEN ${occurrences.cancelNote} = ${SCHEDULE_CANCEL_NOTE} THEN 0 ELSE ${occurrences.cancelled} END`,
						cancelNote: sql`CASE WHEN ${occurrences.cancelNote} = ${SCHEDULE_CANCEL_NOTE} THEN NULL ELSE ${occurrences.cancelNote} END`
					}
				})
				.run();
		}
	});
}

/** Extends every published event's dates to the rolling horizon. */
export function extendAllOccurrences(db: Db, now = new Date()) {
	const published = db
		.select({ id: events.id })
		.from(events)
		.where(eq(events.status, 'published'))
		.all();
	for (const e of published) syncOccurrences(db, e.id, { now });
}
