import type { Db } from '../index';

export type ModeratorComment = { revisionId: number; decision: 'request_changes' | 'reject'; message: string | null; decidedAt: number; moderator: string | null };

/**
 * The moderator's last word on an earlier version of this event, when it asked for changes (or
 * turned it down) and nothing was approved since: the version the organiser answered.
 */
export function lastModeratorComment(db: Db, eventId: number, revisionId: number): ModeratorComment | null {
	const row = db.$client
		.prepare(
			`SELECT d.revision_id AS revisionId, d.decision, d.message, d.decided_at AS decidedAt, u.name AS moderator
			 FROM moderation_decisions d LEFT JOIN users u ON u.id = d.moderator_user_id
			 WHERE d.event_id = ? AND d.revision_id < ? ORDER BY d.decided_at DESC, d.id DESC LIMIT 1`
		)
		.get(eventId, revisionId) as (Omit<ModeratorComment, 'decision'> & { decision: string }) | undefined;
	if (!row || (row.decision !== 'request_changes' && row.decision !== 'reject')) return null;
	return row as ModeratorComment;
}
