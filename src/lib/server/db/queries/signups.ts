import { eq } from 'drizzle-orm';
import type { Db } from '../index';
import { signups } from '../schema';
import { hashToken } from '../../auth/session';

export type SignupTarget = {
	occurrenceId: number;
	eventId: number;
	organisationId: number;
	title: string;
	/** The Finnish title, when the organiser wrote one. */
	titleFi: string | null;
	localDate: string;
	startsAt: number;
	endsAt: number;
	cancelled: boolean;
	cancelNote: string | null;
	capacity: number | null;
	signupOnline: boolean;
	deadlineHours: number | null;
	venueName: string | null;
	confirmedPeople: number;
	waitingPeople: number;
};

/** An occurrence of a published event with its sign-up settings and current numbers. */
export function signupTarget(db: Db, occurrenceId: number): SignupTarget | null {
	const row = db.$client
		.prepare(
			`SELECT o.id AS occurrenceId, e.id AS eventId, e.organisation_id AS organisationId, r.title, r.title_fi AS titleFi, o.local_date AS localDate,
			 o.starts_at AS startsAt, o.ends_at AS endsAt, o.cancelled OR e.status = 'cancelled' AS cancelled,
			 CASE WHEN o.cancelled THEN o.cancel_note ELSE e.cancel_note END AS cancelNote, r.capacity,
			 r.signup_online AS signupOnline, r.signup_deadline_hours AS deadlineHours, v.name AS venueName,
			 coalesce((SELECT sum(people) FROM signups s WHERE s.occurrence_id = o.id AND s.status = 'confirmed'), 0) AS confirmedPeople,
			 coalesce((SELECT sum(people) FROM signups s WHERE s.occurrence_id = o.id AND s.status = 'waiting'), 0) AS waitingPeople
			 FROM occurrences o JOIN events e ON e.id = o.event_id AND e.status IN ('published', 'cancelled')
			 JOIN event_revisions r ON r.id = e.published_revision_id LEFT JOIN venues v ON v.id = r.venue_id
			 WHERE o.id = ?`
		)
		.get(occurrenceId) as (Omit<SignupTarget, 'cancelled' | 'signupOnline'> & { cancelled: number; signupOnline: number }) | undefined;
	return row ? { ...row, cancelled: row.cancelled === 1, signupOnline: row.signupOnline === 1 } : null;
}

export function signupByToken(db: Db, token: string) {
	return db.select().from(signups).where(eq(signups.cancelTokenHash, hashToken(token))).get() ?? null;
}

export function listSignups(db: Db, occurrenceId: number) {
	return db.select().from(signups).where(eq(signups.occurrenceId, occurrenceId)).orderBy(signups.id).all();
}

/** Everything a resident's receipt shows: the sign-up, the date, the place and whom to call. */
export function receiptOf(db: Db, token: string) {
	const signup = signupByToken(db, token);
	if (!signup) return null;
	const target = signupTarget(db, signup.occurrenceId);
	if (!target) return null;
	const place = db.$client
		.prepare(
			`SELECT v.name, v.slug, v.address, v.postcode, v.city, v.bus_stop AS busStop, r.gathering_place AS gatheringPlace,
			 r.contact_phone AS contactPhone, r.contact_name AS contactName, r.signup_how AS signupHow, org.name AS organisation, org.phone AS organisationPhone
			 FROM occurrences o JOIN events e ON e.id = o.event_id JOIN event_revisions r ON r.id = e.published_revision_id
			 JOIN organisations org ON org.id = e.organisation_id LEFT JOIN venues v ON v.id = r.venue_id WHERE o.id = ?`
		)
		.get(signup.occurrenceId) as {
		name: string | null; slug: string | null; address: string | null; postcode: string | null; city: string | null; busStop: string | null; gatheringPlace: string | null;
		contactPhone: string | null; contactName: string | null; signupHow: string | null; organisation: string; organisationPhone: string | null;
	};
	return {
		signup: { status: signup.status, people: signup.people, name: signup.name, email: signup.email, phone: signup.phone, changeNote: signup.changeNote },
		target,
		place
	};
}

/** The last day of the term a date belongs to: the spring term ends 30 June, the autumn term 31 December. */
export const termEnd = (localDate: string) => `${localDate.slice(0, 4)}-${Number(localDate.slice(5, 7)) <= 6 ? '06-30' : '12-31'}`;

/** The later dates of the same event in the same term that are not cancelled, soonest first. */
export function laterDatesInTerm(db: Db, t: Pick<SignupTarget, 'eventId' | 'startsAt' | 'localDate'>): { occurrenceId: number; localDate: string; startsAt: number }[] {
	return db.$client
		.prepare(
			`SELECT o.id AS occurrenceId, o.local_date AS localDate, o.starts_at AS startsAt FROM occurrences o
			 WHERE o.event_id = ? AND o.starts_at > ? AND o.local_date <= ? AND NOT o.cancelled ORDER BY o.starts_at`
		)
		.all(t.eventId, t.startsAt, termEnd(t.localDate)) as { occurrenceId: number; localDate: string; startsAt: number }[];
}
