import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { occurrences, tombstones } from '../db/schema';
import { planEventDates, wantedDates } from '../db/queries/occurrences';
import type { WantedDate } from '../../domain/occurrence-plan';

/** The note of a date cancelled because its schedule dropped it (undone if the schedule brings it back). */
export const SCHEDULE_CANCEL_NOTE = 'Tiden är ändrad eller borttagen.';

/**
 * A date people are signed up for that a change moved, cancelled or brought back after a
 * cancellation (`restored`: `after` is its new time when it also moved): they are told.
 */
export type DateNotice = {
	occurrenceId: number;
	kind: 'moved' | 'cancelled' | 'restored';
	before: { localDate: string; startsAt: number; endsAt: number };
	after: { localDate: string; startsAt: number; endsAt: number } | null;
	note: string | null;
};

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
			if (c.before.people > 0 && c.before.cancelled && c.cancel === 'lift')
				notices.push({ occurrenceId: c.id, kind: 'restored', before: span(c.before), after: c.moved ? span(c.after) : null, note: null });
			else if (c.before.people > 0 && !c.before.cancelled) {
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

