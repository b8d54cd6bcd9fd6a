import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { listAudit } from '$lib/server/db/queries/audit-list';
import { requireRole } from '$lib/server/auth/guards';
import { auditFilters, toCsv } from '$lib/server/audit-filters';
import { auditActionLabel } from '$lib/domain/audit-labels';

// The same wall-clock time as on screen first; the UTC instant last, for machines.
const stockholm = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' });

export const GET: RequestHandler = (event) => {
	requireRole(event, 'moderator', 'admin');
	const rows = listAudit(getDb(), { ...auditFilters(event.url).query, limit: 100_000 });
	const body = toCsv(
		['tid (svensk tid)', 'vem', 'händelse', 'vad', 'kod', 'objekt', 'id', 'tid (UTC)'],
		rows.map((r) => [stockholm.format(r.at), r.actor, auditActionLabel(r.action), r.summary, r.action, r.entityType, r.entityId, new Date(r.at).toISOString()])
	);
	return new Response(body, {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="logg.csv"', 'cache-control': 'no-store' }
	});
};
