import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { listAudit } from '$lib/server/db/queries/audit-list';
import { requireRole } from '$lib/server/auth/guards';
import { auditFilters, toCsv } from '$lib/server/audit-filters';

export const GET: RequestHandler = (event) => {
	requireRole(event, 'moderator', 'admin');
	const rows = listAudit(getDb(), { ...auditFilters(event.url).query, limit: 100_000 });
	const body = toCsv(
		['tid', 'vem', 'typ', 'objekt', 'id', 'vad'],
		rows.map((r) => [new Date(r.at).toISOString(), r.actor, r.action, r.entityType, r.entityId, r.summary])
	);
	return new Response(body, {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="logg.csv"', 'cache-control': 'no-store' }
	});
};
