import type { Db } from '../index';

/** Dates that ended before the cutoff (their sign-ups are past the retention time). */
export function endedOccurrenceIds(db: Db, cutoff: Date): number[] {
	return (db.$client.prepare('SELECT DISTINCT s.occurrence_id AS id FROM signups s JOIN occurrences o ON o.id = s.occurrence_id WHERE o.ends_at < ?').all(cutoff.getTime()) as { id: number }[]).map((r) => r.id);
}

/** Per organisation, how many dates between two days were held without attendance counts. */
export function organisationsMissingAttendance(db: Db, from: string, to: string) {
	return db.$client
		.prepare(
			`SELECT e.organisation_id AS org, count(*) AS n FROM occurrences o JOIN events e ON e.id = o.event_id
			 LEFT JOIN attendance a ON a.occurrence_id = o.id
			 WHERE a.occurrence_id IS NULL AND o.cancelled = 0 AND o.local_date BETWEEN ? AND ? GROUP BY e.organisation_id`
		)
		.all(from, to) as { org: number; n: number }[];
}

export function pendingForDigest(db: Db) {
	return db.$client
		.prepare(`SELECT r.id, r.title, o.name AS org FROM event_revisions r JOIN events e ON e.id = r.event_id JOIN organisations o ON o.id = e.organisation_id WHERE r.status = 'pending' ORDER BY r.submitted_at`)
		.all() as { id: number; title: string; org: string }[];
}

export function digestRecipients(db: Db): string[] {
	return (db.$client.prepare(`SELECT email FROM users WHERE role IN ('moderator', 'admin') AND disabled = 0 AND notify_digest = 1`).all() as { email: string }[]).map((r) => r.email);
}

/** Published events, for the periodic extension of their dates. */
export function publishedEventIds(db: Db): number[] {
	return (db.$client.prepare(`SELECT id FROM events WHERE status = 'published' ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
}

export function isPublishedEvent(db: Db, eventId: number): boolean {
	return Boolean(db.$client.prepare(`SELECT 1 FROM events WHERE id = ? AND status = 'published'`).get(eventId));
}
