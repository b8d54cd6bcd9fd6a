import type { Db } from '../index';
import { organiserStatus } from '../../../domain/moderation';

/** Every event for staff, newest change first, optionally by title (at most 200 rows; the page says so). */
export function listAllEvents(db: Db, q: string, now = new Date()) {
	const rows = db.$client
		.prepare(
			`SELECT e.id, e.status AS eventStatus, r.title, r.status AS revisionStatus, o.name AS organisation,
			 EXISTS (SELECT 1 FROM occurrences x WHERE x.event_id = e.id AND x.ends_at >= ? AND x.cancelled = 0) AS hasUpcoming
			 FROM events e JOIN event_revisions r ON r.id = e.latest_revision_id JOIN organisations o ON o.id = e.organisation_id
			 WHERE r.title LIKE ? ESCAPE '\\' ORDER BY e.updated_at DESC LIMIT 200`
		)
		.all(now.getTime(), `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) as {
		id: number;
		eventStatus: 'draft' | 'published' | 'cancelled' | 'rejected';
		title: string;
		revisionStatus: Parameters<typeof organiserStatus>[0]['latestRevisionStatus'];
		organisation: string;
		hasUpcoming: number;
	}[];
	return rows.map((r) => ({ id: r.id, title: r.title, organisation: r.organisation, status: organiserStatus({ eventStatus: r.eventStatus, latestRevisionStatus: r.revisionStatus, hasUpcoming: r.hasUpcoming === 1 }) }));
}
