import { eq } from 'drizzle-orm';
import type { Db } from '../index';
import { districts, users, type UserRole } from '../schema';
import type { GeoJsonGeometry } from '../schema/districts';
import { logAudit } from './audit';
import { invalidateUserSessions } from '../../auth/session';
import { invalidateCache } from '../../cache';

export function updateDistrict(db: Db, actorUserId: number, id: number, residents65Plus: number, boundary: GeoJsonGeometry | null) {
	const d = db.select().from(districts).where(eq(districts.id, id)).get();
	if (!d) return false;
	db.update(districts).set({ residents65Plus, ...(boundary ? { boundary } : {}) }).where(eq(districts.id, id)).run();
	logAudit(db, { actorUserId, action: 'district.updated', entityType: 'district', entityId: id, summary: `${d.name}: 65+ ${d.residents65Plus} → ${residents65Plus}${boundary ? ', ny gräns' : ''}` });
	invalidateCache();
	return true;
}

export function listUsers(db: Db) {
	return db.$client
		.prepare(
			`SELECT u.id, u.name, u.email, u.role, u.disabled, u.totp_enabled AS totpEnabled,
			 (SELECT group_concat(o.name, ', ') FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = u.id) AS organisations
			 FROM users u ORDER BY u.role DESC, u.name`
		)
		.all() as { id: number; name: string; email: string; role: UserRole; disabled: number; totpEnabled: number; organisations: string | null }[];
}

/** Role changes and disabling are logged; a disabled account is signed out everywhere at once. */
export function updateUser(db: Db, actorUserId: number, id: number, role: UserRole, disabled: boolean) {
	const u = db.select().from(users).where(eq(users.id, id)).get();
	if (!u) return false;
	db.update(users).set({ role, disabled }).where(eq(users.id, id)).run();
	if (u.role !== role) logAudit(db, { actorUserId, action: 'user.role_changed', entityType: 'user', entityId: id, summary: `${u.name}: ${u.role} → ${role}` });
	if (u.disabled !== disabled) {
		logAudit(db, { actorUserId, action: disabled ? 'user.disabled' : 'user.enabled', entityType: 'user', entityId: id, summary: `${u.name}: ${disabled ? 'avstängd' : 'aktiv igen'}` });
		if (disabled) invalidateUserSessions(db, id);
	}
	return true;
}
