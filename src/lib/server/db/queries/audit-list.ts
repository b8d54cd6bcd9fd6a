import type { Db } from '../index';

export type AuditRow = {
	id: number;
	at: number;
	actor: string | null;
	actorId: number | null;
	action: string;
	entityType: string;
	entityId: number | null;
	summary: string;
	/** The event the entry is about (an event, one of its dates, or a sign-up to one), if any. */
	eventId: number | null;
	eventTitle: string | null;
	/** The account the entry is about, when it is about an account. */
	subjectId: number | null;
	subject: string | null;
};

export type AuditFilter = { action?: string; from?: number; to?: number; person?: number; eventId?: number; limit?: number };

// The event an entry is about: directly, through one of its dates, or through a sign-up to a date.
const EVENT_OF = `CASE a.entity_type
	WHEN 'event' THEN a.entity_id
	WHEN 'occurrence' THEN (SELECT o.event_id FROM occurrences o WHERE o.id = a.entity_id)
	WHEN 'signup' THEN (SELECT o.event_id FROM signups s JOIN occurrences o ON o.id = s.occurrence_id WHERE s.id = a.entity_id)
END`;

/**
 * Newest first, optionally by action prefix, date range (Stockholm dates, inclusive), person (what
 * they did, and what was done to their account) and event (the event, its dates and sign-ups).
 */
export function listAudit(db: Db, f: AuditFilter): AuditRow[] {
	const where: string[] = [];
	const params: unknown[] = [];
	if (f.action) (where.push('a.action LIKE ?'), params.push(`${f.action}%`));
	if (f.from !== undefined) (where.push('a.at >= ?'), params.push(f.from));
	if (f.to !== undefined) (where.push('a.at < ?'), params.push(f.to));
	if (f.person !== undefined) (where.push(`(a.actor_user_id = ? OR (a.entity_type = 'user' AND a.entity_id = ?))`), params.push(f.person, f.person));
	if (f.eventId !== undefined)
		where.push(`((a.entity_type = 'event' AND a.entity_id = ?) OR (a.entity_type = 'occurrence' AND a.entity_id IN (SELECT id FROM occurrences WHERE event_id = ?))
			OR (a.entity_type = 'signup' AND a.entity_id IN (SELECT s.id FROM signups s JOIN occurrences o ON o.id = s.occurrence_id WHERE o.event_id = ?)))`),
			params.push(f.eventId, f.eventId, f.eventId);
	return db.$client
		.prepare(
			`SELECT x.*, (SELECT r.title FROM events e JOIN event_revisions r ON r.id = e.latest_revision_id WHERE e.id = x.eventId) AS eventTitle,
			 (SELECT name FROM users WHERE id = x.subjectId) AS subject
			 FROM (SELECT a.id, a.at, u.name AS actor, a.actor_user_id AS actorId, a.action, a.entity_type AS entityType, a.entity_id AS entityId, a.summary,
			   ${EVENT_OF} AS eventId, CASE WHEN a.entity_type = 'user' THEN a.entity_id END AS subjectId
			   FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
			   ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.at DESC, a.id DESC LIMIT ?) x
			 ORDER BY x.at DESC, x.id DESC`
		)
		.all(...params, f.limit ?? 500) as AuditRow[];
}

export function auditActionKinds(db: Db): string[] {
	return (db.$client.prepare(`SELECT DISTINCT substr(action, 1, instr(action || '.', '.') - 1) AS k FROM audit_log ORDER BY k`).all() as { k: string }[]).map((r) => r.k);
}

/** People who appear in the log (as the one acting or the account acted on), for its person filter. */
export function auditPeopleOptions(db: Db) {
	return db.$client
		.prepare(
			`SELECT id, name, email FROM users WHERE id IN (SELECT actor_user_id FROM audit_log WHERE actor_user_id IS NOT NULL UNION SELECT entity_id FROM audit_log WHERE entity_type = 'user') ORDER BY name`
		)
		.all() as { id: number; name: string; email: string }[];
}

/** Events that appear in the log, for its event filter (title of the latest version). */
export function auditEventOptions(db: Db) {
	return db.$client
		.prepare(
			`SELECT e.id, r.title FROM events e JOIN event_revisions r ON r.id = e.latest_revision_id
			 WHERE e.id IN (SELECT eventId FROM (SELECT ${EVENT_OF} AS eventId FROM audit_log a WHERE a.entity_type IN ('event', 'occurrence', 'signup')) AS logged WHERE eventId IS NOT NULL)
			 ORDER BY r.title, e.id`
		)
		.all() as { id: number; title: string }[];
}
