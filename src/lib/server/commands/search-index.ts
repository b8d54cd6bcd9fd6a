import type { Db } from '../db';

/** Keeps the FTS5 row of an event equal to its published content (or removes it). */
export function reindexEvent(db: Db, eventId: number) {
	const c = db.$client;
	c.prepare('DELETE FROM event_search WHERE rowid = ?').run(eventId);
	c.prepare(
		`INSERT INTO event_search (rowid, title, summary, description, organisation, venue)
		 SELECT e.id, r.title, r.summary, r.description || ' ' || coalesce(r.easy_read, ''),
		        org.name, coalesce(v.name || ' ' || v.address, '')
		 FROM events e
		 JOIN event_revisions r ON r.id = e.published_revision_id
		 JOIN organisations org ON org.id = e.organisation_id
		 LEFT JOIN venues v ON v.id = r.venue_id
		 WHERE e.id = ? AND e.status IN ('published', 'cancelled')`
	).run(eventId);
}
