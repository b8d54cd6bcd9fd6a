import type { Db } from '../index';

/** Finnish titles of published events, by event id, for lists shown in the Finnish interface. */
export function finnishTitles(db: Db, eventIds: number[]): Record<number, string> {
	const ids = [...new Set(eventIds)].filter(Number.isInteger);
	if (!ids.length) return {};
	const rows = db.$client
		.prepare(
			`SELECT e.id, r.title_fi AS titleFi FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
			 WHERE e.id IN (${ids.map(() => '?').join(',')}) AND coalesce(r.title_fi, '') <> ''`
		)
		.all(...ids) as { id: number; titleFi: string }[];
	return Object.fromEntries(rows.map((r) => [r.id, r.titleFi]));
}
