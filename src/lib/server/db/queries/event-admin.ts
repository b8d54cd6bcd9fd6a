import type { Db } from '../index';
import { upcomingOccurrences } from './organiser';

/** Upcoming dates of an event with the number of people signed up for each. */
export function eventDatesForAdmin(db: Db, eventId: number, now = new Date()) {
	const counts = new Map(
		(db.$client
			.prepare(`SELECT s.occurrence_id AS id, sum(s.people) AS n FROM signups s JOIN occurrences o ON o.id = s.occurrence_id WHERE o.event_id = ? AND s.status != 'cancelled' GROUP BY s.occurrence_id`)
			.all(eventId) as { id: number; n: number }[]).map((r) => [r.id, r.n])
	);
	return upcomingOccurrences(db, eventId, now).map((o) => ({
		id: o.id, localDate: o.localDate, startsAt: o.startsAt.getTime(), endsAt: o.endsAt.getTime(),
		cancelled: o.cancelled, cancelNote: o.cancelNote, cancelReason: o.cancelReason, signups: counts.get(o.id) ?? 0
	}));
}

/** Signed-up people without e-mail whose date moved or was cancelled: someone has to phone them. */
export function peopleToCall(db: Db, eventId: number) {
	return db.$client
		.prepare(
			`SELECT s.id, s.name, s.phone, s.change_note AS changeNote, s.occurrence_id AS occurrenceId FROM signups s
			 JOIN occurrences o ON o.id = s.occurrence_id WHERE o.event_id = ? AND s.call_needed = 1 AND s.status != 'cancelled' ORDER BY o.starts_at, s.id`
		)
		.all(eventId) as { id: number; name: string; phone: string | null; changeNote: string | null; occurrenceId: number }[];
}
