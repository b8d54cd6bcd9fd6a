import { auditLog } from '../schema';
import type { Db } from '../index';

export type AuditEntry = {
	actorUserId: number | null;
	action: string;
	entityType: string;
	entityId?: number | null;
	summary: string;
	details?: Record<string, unknown>;
};

/** Append-only: there is no update or delete for this table anywhere in the code. */
export function logAudit(db: Db, entry: AuditEntry, at = new Date()) {
	db.insert(auditLog)
		.values({ ...entry, entityId: entry.entityId ?? null, details: entry.details ?? null, at })
		.run();
}
