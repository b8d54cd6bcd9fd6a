import { and, eq } from 'drizzle-orm';
import type { Db } from '../index';
import { signups } from '../schema';
import { generateToken, hashToken } from '../../auth/session';

export type SignupTarget = {
	occurrenceId: number;
	eventId: number;
	organisationId: number;
	title: string;
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
			`SELECT o.id AS occurrenceId, e.id AS eventId, e.organisation_id AS organisationId, r.title, o.local_date AS localDate,
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

export type NewSignup = { name: string; phone: string | null; email: string | null; people: number; message: string | null };

/**
 * Adds a sign-up in one IMMEDIATE transaction, so that concurrent requests (also from several
 * processes) never confirm more people than there are places; the rest go on the waiting list.
 */
export function addSignup(db: Db, occurrenceId: number, input: NewSignup, opts: { createdByUserId?: number | null; now?: Date } = {}) {
	const token = generateToken();
	const now = opts.now ?? new Date();
	const tx = db.$client.transaction(() => {
		const cap = db.$client
			.prepare(
				`SELECT r.capacity FROM occurrences o JOIN events e ON e.id = o.event_id JOIN event_revisions r ON r.id = e.published_revision_id WHERE o.id = ?`
			)
			.get(occurrenceId) as { capacity: number | null } | undefined;
		if (!cap) return null;
		const taken = (db.$client
			.prepare(`SELECT coalesce(sum(people), 0) AS n FROM signups WHERE occurrence_id = ? AND status = 'confirmed'`)
			.get(occurrenceId) as { n: number }).n;
		const waiting = (db.$client.prepare(`SELECT count(*) AS n FROM signups WHERE occurrence_id = ? AND status = 'waiting'`).get(occurrenceId) as { n: number }).n;
		const fits = cap.capacity === null || (waiting === 0 && taken + input.people <= cap.capacity);
		const status = fits ? ('confirmed' as const) : ('waiting' as const);
		const row = db
			.insert(signups)
			.values({ occurrenceId, ...input, status, cancelTokenHash: hashToken(token), createdByUserId: opts.createdByUserId ?? null, createdAt: now })
			.returning({ id: signups.id })
			.get();
		return { id: row.id, status };
	});
	const result = tx.immediate();
	return result ? { ...result, token } : null;
}

/** Cancels by the personal link; moves people up from the waiting list. Returns who moved up. */
export function cancelSignupByToken(db: Db, token: string) {
	return cancelSignup(db, and(eq(signups.cancelTokenHash, hashToken(token)))!);
}

export function cancelSignupById(db: Db, id: number, occurrenceId: number) {
	return cancelSignup(db, and(eq(signups.id, id), eq(signups.occurrenceId, occurrenceId))!);
}

function cancelSignup(db: Db, where: ReturnType<typeof eq>) {
	return db.$client.transaction(() => {
		const s = db.select().from(signups).where(where).get();
		if (!s || s.status === 'cancelled') return { found: Boolean(s), cancelled: null, promoted: [] as (typeof signups.$inferSelect)[] };
		db.update(signups).set({ status: 'cancelled' }).where(eq(signups.id, s.id)).run();
		return { found: true, cancelled: s, promoted: promoteWaiting(db, s.occurrenceId) };
	}).immediate();
}

/** First come, first served: waiting sign-ups that now fit are confirmed, in order. */
export function promoteWaiting(db: Db, occurrenceId: number) {
	const cap = (db.$client
		.prepare(`SELECT r.capacity FROM occurrences o JOIN events e ON e.id = o.event_id JOIN event_revisions r ON r.id = e.published_revision_id WHERE o.id = ?`)
		.get(occurrenceId) as { capacity: number | null } | undefined)?.capacity;
	let taken = (db.$client.prepare(`SELECT coalesce(sum(people), 0) AS n FROM signups WHERE occurrence_id = ? AND status = 'confirmed'`).get(occurrenceId) as { n: number }).n;
	const waiting = db.select().from(signups).where(and(eq(signups.occurrenceId, occurrenceId), eq(signups.status, 'waiting'))).orderBy(signups.id).all();
	const promoted = [];
	for (const w of waiting) {
		if (cap != null && taken + w.people > cap) break;
		db.update(signups).set({ status: 'confirmed' }).where(eq(signups.id, w.id)).run();
		taken += w.people;
		promoted.push(w);
	}
	return promoted;
}

export function signupByToken(db: Db, token: string) {
	return db.select().from(signups).where(eq(signups.cancelTokenHash, hashToken(token))).get() ?? null;
}

export function listSignups(db: Db, occurrenceId: number) {
	return db.select().from(signups).where(eq(signups.occurrenceId, occurrenceId)).orderBy(signups.id).all();
}

/** Privacy: sign-ups are deleted a set number of days after their date has ended. */
export function deleteExpiredSignups(db: Db, retentionDays: number, now = new Date()) {
	const cutoff = now.getTime() - retentionDays * 86_400_000;
	return db.$client
		.prepare('DELETE FROM signups WHERE occurrence_id IN (SELECT id FROM occurrences WHERE ends_at < ?)')
		.run(cutoff).changes;
}
