import type { Db } from '../index';

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

export type TextQuery = { match: string } | { like: string[] };

/**
 * Turns what a person typed into a safe query on the trigram index: words only (letters, digits),
 * each matched anywhere in a word ("café" finds Stickcafé), all required. Words of one or two letters
 * are too short for trigrams: they are dropped when longer words remain, and otherwise searched with
 * LIKE in the title, organisation and place. Returns null when nothing searchable remains.
 */
export function toTextQuery(text: string): TextQuery | null {
	const words = text
		.toLowerCase()
		.normalize('NFC')
		.match(/[\p{L}\p{N}]+/gu);
	if (!words) return null;
	const long = words.filter((w) => [...w].length >= 3).slice(0, 8);
	if (long.length) return { match: long.map((w) => `"${w}"`).join(' ') };
	return { like: words.slice(0, 3).map((w) => `%${w}%`) };
}
