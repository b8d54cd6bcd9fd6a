import { and, eq } from 'drizzle-orm';
import type { Db } from '../index';
import { eventRevisions, events, memberships, moderationDecisions, organisations, users } from '../schema';
import { allowedDecisions, REJECT_REASONS, type Decision, type RejectReason } from '../../../domain/moderation';
import { publishRevision } from './events';
import { logAudit } from './audit';
import { invalidateCache } from '../../cache';

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

export function reviewQueueCount(db: Db): number {
	return (db.$client.prepare(`SELECT count(*) AS n FROM event_revisions WHERE status = 'pending'`).get() as { n: number }).n;
}

/** A revision with readable values (names instead of ids) for showing and comparing. */
export function readableRevision(db: Db, revisionId: number) {
	const row = db.$client
		.prepare(
			`SELECT r.*, c.name_sv AS categoryName, v.name AS venueName, e.organisation_id AS organisationId,
			 e.published_revision_id AS publishedRevisionId, o.name AS organisationName,
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

/**
 * Records a moderator's decision on a pending revision. Approve publishes it; reject of a never
 * published event marks the event rejected; a published event stays live whatever the decision.
 */
export function decideRevision(
	db: Db,
	moderatorUserId: number,
	revisionId: number,
	decision: Decision,
	reasonCode: RejectReason | null,
	message: string,
	now = new Date()
): { ok: true; eventId: number; title: string; organisationId: number } | { ok: false } {
	const rev = db.select().from(eventRevisions).where(eq(eventRevisions.id, revisionId)).get();
	if (!rev || !allowedDecisions(rev.status).includes(decision)) return { ok: false };
	const event = db.select().from(events).where(eq(events.id, rev.eventId)).get()!;
	db.insert(moderationDecisions)
		.values({ eventId: rev.eventId, revisionId, moderatorUserId, decision, reasonCode, message: message || null, decidedAt: now })
		.run();
	if (decision === 'approve') publishRevision(db, revisionId, { now });
	else {
		db.update(eventRevisions)
			.set({ status: decision === 'reject' ? 'rejected' : 'changes_requested', decidedAt: now })
			.where(eq(eventRevisions.id, revisionId))
			.run();
		if (decision === 'reject' && !event.publishedRevisionId)
			db.update(events).set({ status: 'rejected', updatedAt: now }).where(eq(events.id, rev.eventId)).run();
	}
	const verb = decision === 'approve' ? 'godkänd och publicerad' : decision === 'reject' ? `avslagen (${REJECT_REASONS[reasonCode ?? 'other']})` : 'ändringar begärda';
	logAudit(db, {
		actorUserId: moderatorUserId,
		action: `moderation.${decision}`,
		entityType: 'event',
		entityId: rev.eventId,
		summary: `${rev.title}: ${verb}`,
		details: { revisionId, reasonCode, message }
	}, now);
	invalidateCache();
	return { ok: true, eventId: rev.eventId, title: rev.title, organisationId: event.organisationId };
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

/**
 * "Edit then approve": staff changed a pending submission and published their version. The
 * organiser's revision gets an approval on record (with what was done) like any other decision.
 */
export function recordEditedApproval(db: Db, moderatorUserId: number, pending: { id: number; title: string }, eventId: number, message: string, now = new Date()) {
	db.insert(moderationDecisions).values({ eventId, revisionId: pending.id, moderatorUserId, decision: 'approve', reasonCode: null, message, decidedAt: now }).run();
	logAudit(db, {
		actorUserId: moderatorUserId,
		action: 'moderation.approve',
		entityType: 'event',
		entityId: eventId,
		summary: `${pending.title}: godkänd med ändringar av personal`,
		details: { revisionId: pending.id, edited: true, message }
	}, now);
}
