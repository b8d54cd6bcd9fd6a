import type { Db } from '../index';
import type { ActivityFilters } from '../../../domain/filters';
import { buildWhere, type TextMatch } from './activities';

export type RemoteActivity = { eventId: number; title: string; remoteKind: 'phone' | 'online'; dates: number; nextStartsAt: number };

/**
 * Activities without a place (by phone or online) that match the filters: the map cannot show them,
 * so the map page counts and lists them. The same joins and conditions as the activity list. The
 * map reads them from the search index (`remoteActivitiesOf`); this stays the reference and the
 * answer for windows before the index's first day.
 */
export function remoteActivities(db: Db, f: ActivityFilters, now = new Date(), match?: TextMatch): RemoteActivity[] {
	const { sql, params } = buildWhere(f, now, undefined, match);
	return db.$client
		.prepare(
			`SELECT e.id AS eventId, r.title, r.remote_kind AS remoteKind, count(*) AS dates, min(o.starts_at) AS nextStartsAt
			 FROM occurrences o
			 JOIN events e ON e.id = o.event_id AND e.status IN ('published', 'cancelled')
			 JOIN event_revisions r ON r.id = e.published_revision_id
			 JOIN organisations org ON org.id = e.organisation_id
			 LEFT JOIN venues v ON v.id = r.venue_id
			 LEFT JOIN districts d ON d.id = v.district_id
			 WHERE ${sql} AND r.venue_id IS NULL
			 GROUP BY e.id, r.title, r.remote_kind ORDER BY nextStartsAt, r.title`
		)
		.all(...params) as RemoteActivity[];
}
