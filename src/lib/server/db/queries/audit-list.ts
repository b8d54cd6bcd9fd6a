import type { Db } from '../index';

export type AuditRow = { id: number; at: number; actor: string | null; action: string; entityType: string; entityId: number | null; summary: string };

/** Newest first, optionally by action prefix and date range (Stockholm dates, inclusive). */
export function listAudit(db: Db, f: { action?: string; from?: number; to?: number; limit?: number }): AuditRow[] {
	const where: string[] = [];
	const params: unknown[] = [];
	if (f.action) {
		where.push('a.action LIKE ?');
		params.push(`${f.action}%`);
	}
	if (f.from !== undefined) {
		where.push('a.at >= ?');
		params.push(f.from);
	}
	if (f.to !== undefined) {
		where.push('a.at < ?');
		params.push(f.to);
	}
	return db.$client
		.prepare(
			`SELECT a.id, a.at, u.name AS actor, a.action, a.entity_type AS entityType, a.entity_id AS entityId, a.summary
			 FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
			 ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.at DESC, a.id DESC LIMIT ?`
		)
		.all(...params, f.limit ?? 500) as AuditRow[];
}

export function auditActionKinds(db: Db): string[] {
	return (db.$client.prepare(`SELECT DISTINCT substr(action, 1, instr(action || '.', '.') - 1) AS k FROM audit_log ORDER BY k`).all() as { k: string }[]).map((r) => r.k);
}
