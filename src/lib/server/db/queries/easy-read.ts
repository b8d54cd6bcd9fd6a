import type { Db } from '../index';

export type EasyReadItem = { id: number; title: string };

/** Published activities that have an easy-read text, by title, for the /lattlast section. */
export function listEasyReadEvents(db: Db): EasyReadItem[] {
	return db.$client
		.prepare(
			`SELECT e.id, r.title FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
			 WHERE e.status = 'published' AND coalesce(trim(r.easy_read), '') <> ''
			 ORDER BY r.title COLLATE NOCASE, e.id`
		)
		.all() as EasyReadItem[];
}
