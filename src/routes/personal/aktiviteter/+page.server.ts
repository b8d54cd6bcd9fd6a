import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { organiserStatus } from '$lib/domain/moderation';

/** Every event, newest change first, optionally by title. */
export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const rows = getDb()
		.$client.prepare(
			`SELECT e.id, e.status AS eventStatus, r.title, r.status AS revisionStatus, o.name AS organisation,
			 EXISTS (SELECT 1 FROM occurrences x WHERE x.event_id = e.id AND x.ends_at >= ? AND x.cancelled = 0) AS hasUpcoming
			 FROM events e JOIN event_revisions r ON r.id = e.latest_revision_id JOIN organisations o ON o.id = e.organisation_id
			 WHERE r.title LIKE ? ESCAPE '\\' ORDER BY e.updated_at DESC LIMIT 200`
		)
		.all(Date.now(), `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) as { id: number; eventStatus: 'draft' | 'published' | 'cancelled' | 'rejected'; title: string; revisionStatus: Parameters<typeof organiserStatus>[0]['latestRevisionStatus']; organisation: string; hasUpcoming: number }[];
	return {
		q,
		events: rows.map((r) => ({ id: r.id, title: r.title, organisation: r.organisation, status: organiserStatus({ eventStatus: r.eventStatus, latestRevisionStatus: r.revisionStatus, hasUpcoming: r.hasUpcoming === 1 }) }))
	};
};
