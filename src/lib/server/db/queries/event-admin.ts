import { and, eq } from 'drizzle-orm';
import type { Db } from '../index';
import { events, eventRevisions, openingDeviations } from '../schema';
import { upcomingOccurrences } from './organiser';
import { formatTime } from '../../../format';

/**
 * Changed opening hours at the event's venue that a date falls outside of ("Öppet 10:00–14:00"):
 * the date is not cancelled (the venue is open), but the organiser should know.
 */
function changedHours(db: Db, eventId: number) {
	const venue = db
		.select({ venueId: eventRevisions.venueId })
		.from(events)
		.innerJoin(eventRevisions, eq(eventRevisions.id, events.publishedRevisionId))
		.where(eq(events.id, eventId))
		.get()?.venueId;
	if (!venue) return () => null;
	const open = db.select().from(openingDeviations).where(and(eq(openingDeviations.venueId, venue), eq(openingDeviations.closed, false))).all();
	return (o: { localDate: string; startsAt: Date; endsAt: Date }) => {
		const d = open.find((x) => o.localDate >= x.fromDate && o.localDate <= x.toDate && x.opens && x.closes);
		if (!d) return null;
		const [start, end] = [formatTime(o.startsAt), formatTime(o.endsAt)];
		return start < d.opens! || end > d.closes! ? { opens: d.opens!, closes: d.closes!, note: d.note } : null;
	};
}

/** Upcoming dates of an event with the number of people signed up for each. */
export function eventDatesForAdmin(db: Db, eventId: number, now = new Date()) {
	const counts = new Map(
		(db.$client
			.prepare(`SELECT s.occurrence_id AS id, sum(s.people) AS n FROM signups s JOIN occurrences o ON o.id = s.occurrence_id WHERE o.event_id = ? AND s.status != 'cancelled' GROUP BY s.occurrence_id`)
			.all(eventId) as { id: number; n: number }[]).map((r) => [r.id, r.n])
	);
	const hours = changedHours(db, eventId);
	return upcomingOccurrences(db, eventId, now).map((o) => ({
		id: o.id, localDate: o.localDate, startsAt: o.startsAt.getTime(), endsAt: o.endsAt.getTime(),
		cancelled: o.cancelled, cancelNote: o.cancelNote, cancelReason: o.cancelReason, signups: counts.get(o.id) ?? 0,
		changedHours: o.cancelled ? null : hours(o)
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
