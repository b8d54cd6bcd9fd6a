import { auditLog } from '../db/schema';
import type { Db } from '../db';

export type AuditEntry = {
	actorUserId: number | null;
	action: string;
	entityType: string;
	entityId?: number | null;
	summary: string;
	details?: Record<string, unknown>;
};

/**
 * Append-only: there is no update or delete for this table anywhere in the code. Commands declare
 * their entries (`ctx.audit`); the account bookkeeping below the runner writes them with this.
 */
export function logAudit(db: Db, entry: AuditEntry, at = new Date()) {
	db.insert(auditLog)
		.values({ ...entry, entityId: entry.entityId ?? null, details: entry.details ?? null, at })
		.run();
}
