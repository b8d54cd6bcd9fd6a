import type { Db } from '../index';
import { organiserStatus, type OrganiserStatus } from '../../../domain/moderation';
import type { EventFilters } from '../../../domain/staff-filters';

const DAY = 86_400_000;
export const STAFF_EVENTS_PER_PAGE = 50;

type Row = {
	id: number;
	eventStatus: 'draft' | 'published' | 'cancelled' | 'rejected';
	title: string;
	revisionStatus: Parameters<typeof organiserStatus>[0]['latestRevisionStatus'];
	organisation: string;
	district: string | null;
	nextStart: number | null;
};

/**
 * Every event for staff, newest change first, by title, status (as the organiser sees it),
 * organisation, district (of the latest version's venue) and "next date within N days", a page of
 * STAFF_EVENTS_PER_PAGE at a time; `matched` says how many matched in all.
 */
export function listAllEvents(db: Db, f: Partial<EventFilters> = {}, now = new Date(), page = 1) {
	const where: string[] = [];
	const params: unknown[] = [];
	if (f.q) (where.push(`r.title LIKE ? ESCAPE '\\'`), params.push(`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
	if (f.forening) (where.push('e.organisation_id = ?'), params.push(f.forening));
	if (f.stadsdel) (where.push('v.district_id = ?'), params.push(f.stadsdel));
	const rows = db.$client
		.prepare(
			`SELECT * FROM (SELECT e.id, e.status AS eventStatus, e.updated_at AS updatedAt, r.title, r.status AS revisionStatus, o.name AS organisation, d.name AS district,
			 (SELECT min(x.starts_at) FROM occurrences x WHERE x.event_id = e.id AND x.ends_at >= ? AND x.cancelled = 0) AS nextStart
			 FROM events e JOIN event_revisions r ON r.id = e.latest_revision_id JOIN organisations o ON o.id = e.organisation_id
			 LEFT JOIN venues v ON v.id = r.venue_id LEFT JOIN districts d ON d.id = v.district_id
			 ${where.length ? `WHERE ${where.join(' AND ')}` : ''}) AS listed
			 ${f.inom ? 'WHERE nextStart IS NOT NULL AND nextStart < ?' : ''} ORDER BY updatedAt DESC, id DESC`
		)
		.all(now.getTime(), ...params, ...(f.inom ? [now.getTime() + f.inom * DAY] : [])) as Row[];
	const all = rows.map((r) => ({
		id: r.id,
		title: r.title,
		organisation: r.organisation,
		district: r.district,
		nextStart: r.nextStart,
		status: organiserStatus({ eventStatus: r.eventStatus, latestRevisionStatus: r.revisionStatus, hasUpcoming: r.nextStart !== null }) as OrganiserStatus
	}));
	const matching = f.status ? all.filter((e) => e.status === f.status) : all;
	const pages = Math.max(1, Math.ceil(matching.length / STAFF_EVENTS_PER_PAGE));
	const current = Math.min(Math.max(1, page), pages);
	return { events: matching.slice((current - 1) * STAFF_EVENTS_PER_PAGE, current * STAFF_EVENTS_PER_PAGE), matched: matching.length, page: current, pages };
}

export function countEvents(db: Db): number {
	return (db.$client.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
}
