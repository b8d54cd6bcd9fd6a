import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../index';
import { memberships, organisations, users } from '../schema';

export type QueueItem = { revisionId: number; eventId: number; title: string; organisation: string; submittedAt: number; isChange: boolean };

/** Submissions and changes waiting for review, oldest first. */
export function reviewQueue(db: Db): QueueItem[] {
	return (
		db.$client
			.prepare(
				`SELECT r.id AS revisionId, e.id AS eventId, r.title, o.name AS organisation, r.submitted_at AS submittedAt,
				 e.published_revision_id IS NOT NULL AS isChange
				 FROM event_revisions r JOIN events e ON e.id = r.event_id JOIN organisations o ON o.id = e.organisation_id
				 WHERE r.status = 'pending' ORDER BY r.submitted_at, r.id`
			)
			.all() as (Omit<QueueItem, 'isChange'> & { isChange: number })[]
	).map((q) => ({ ...q, isChange: q.isChange === 1 }));
}

export type QueueRow = QueueItem & {
	organisationId: number;
	categorySlug: string;
	category: string;
	districtSlug: string | null;
	district: string | null;
	venueId: number | null;
	schedule: import('../../../domain/recurrence').Schedule;
};

/** The queue with what the triage needs: category, district and the schedule of each pending version. */
export function reviewQueueRows(db: Db): QueueRow[] {
	return (
		db.$client
			.prepare(
				`SELECT r.id AS revisionId, e.id AS eventId, r.title, o.name AS organisation, o.id AS organisationId, r.submitted_at AS submittedAt,
				 e.published_revision_id IS NOT NULL AS isChange, c.slug AS categorySlug, c.name_sv AS category,
				 d.slug AS districtSlug, d.name AS district, r.venue_id AS venueId, r.schedule
				 FROM event_revisions r JOIN events e ON e.id = r.event_id JOIN organisations o ON o.id = e.organisation_id
				 JOIN categories c ON c.id = r.category_id LEFT JOIN venues v ON v.id = r.venue_id LEFT JOIN districts d ON d.id = v.district_id
				 WHERE r.status = 'pending' ORDER BY r.submitted_at, r.id`
			)
			.all() as (Omit<QueueRow, 'isChange' | 'schedule'> & { isChange: number; schedule: string })[]
	).map((q) => ({ ...q, isChange: q.isChange === 1, schedule: JSON.parse(q.schedule) }));
}

/** The pending revisions among these ids (a bulk decision skips what someone else already decided). */
export function pendingAmong(db: Db, ids: number[]): number[] {
	if (!ids.length) return [];
	return (db.$client.prepare(`SELECT id FROM event_revisions WHERE status = 'pending' AND id IN (${ids.map(() => '?').join(',')})`).all(...ids) as { id: number }[]).map((r) => r.id);
}

export function reviewQueueCount(db: Db): number {
	return (db.$client.prepare(`SELECT count(*) AS n FROM event_revisions WHERE status = 'pending'`).get() as { n: number }).n;
}

/** A revision with readable values (names instead of ids) for showing and comparing. */
export function readableRevision(db: Db, revisionId: number) {
	const row = db.$client
		.prepare(
			`SELECT r.*, c.name_sv AS categoryName, v.name AS venueName, e.organisation_id AS organisationId,
			 e.published_revision_id AS publishedRevisionId, e.copied_from_event_id AS copiedFromEventId, o.name AS organisationName,
			 (SELECT group_concat(a.name_sv, ', ') FROM revision_audiences ra JOIN audiences a ON a.id = ra.audience_id WHERE ra.revision_id = r.id) AS audiences,
			 (SELECT group_concat(l.name_sv, ', ') FROM revision_languages rl JOIN languages l ON l.code = rl.language_code WHERE rl.revision_id = r.id) AS languages
			 FROM event_revisions r JOIN events e ON e.id = r.event_id JOIN categories c ON c.id = r.category_id
			 JOIN organisations o ON o.id = e.organisation_id LEFT JOIN venues v ON v.id = r.venue_id WHERE r.id = ?`
		)
		.get(revisionId) as Record<string, unknown> | undefined;
	if (!row) return null;
	return { ...row, schedule: JSON.parse(String(row.schedule)) } as Record<string, unknown> & {
		id: number;
		event_id: number;
		status: string;
		title: string;
		organisationId: number;
		organisationName: string;
		publishedRevisionId: number | null;
		copiedFromEventId: number | null;
		schedule: import('../../../domain/recurrence').Schedule;
	};
}

/** E-mail addresses to tell about a decision: the members, or the organisation's own address. */
export function organisationRecipients(db: Db, organisationId: number): string[] {
	const members = db
		.select({ email: users.email })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.organisationId, organisationId), eq(users.disabled, false)))
		.all()
		.map((m) => m.email);
	if (members.length) return members;
	const org = db.select({ email: organisations.email }).from(organisations).where(eq(organisations.id, organisationId)).get();
	return org?.email ? [org.email] : [];
}

/** The pending revision of an event, if any (the one a staff edit would approve). */
export function pendingRevisionOf(db: Db, eventId: number): { id: number; title: string; organisationId: number } | null {
	return (
		(db.$client
			.prepare(
				`SELECT r.id, r.title, e.organisation_id AS organisationId FROM event_revisions r JOIN events e ON e.id = r.event_id
				 WHERE r.event_id = ? AND r.status = 'pending' ORDER BY r.id DESC LIMIT 1`
			)
			.get(eventId) as { id: number; title: string; organisationId: number } | undefined) ?? null
	);
}

/** Moderators and admins who want a mail for each submission (the others get the daily digest). */
export function immediateModeratorEmails(db: Db): string[] {
	return db
		.select({ email: users.email })
		.from(users)
		.where(and(inArray(users.role, ['moderator', 'admin']), eq(users.disabled, false), eq(users.notifyDigest, false)))
		.all()
		.map((u) => u.email);
}

/** Where an answer to a staff member's mail goes: their own address. */
export function staffReplyTo(db: Db, userId: number): string | null {
	return db.select({ email: users.email }).from(users).where(eq(users.id, userId)).get()?.email ?? null;
}

/** Where a participant's answer goes: the activity's contact address, else the organisation's. */
export function eventReplyTo(db: Db, eventId: number): string | null {
	const row = db.$client
		.prepare(
			`SELECT coalesce(nullif(r.contact_email, ''), nullif(o.email, '')) AS email FROM events e JOIN organisations o ON o.id = e.organisation_id
			 LEFT JOIN event_revisions r ON r.id = coalesce(e.published_revision_id, e.latest_revision_id) WHERE e.id = ?`
		)
		.get(eventId) as { email: string | null } | undefined;
	return row?.email ?? null;
}
