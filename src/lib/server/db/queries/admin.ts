import type { Db } from '../index';
import type { UserRole } from '../schema';

export function listUsers(db: Db) {
	return db.$client
		.prepare(
			`SELECT u.id, u.name, u.email, u.role, u.disabled, u.totp_enabled AS totpEnabled,
			 (SELECT group_concat(o.name, ', ') FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = u.id) AS organisations
			 FROM users u ORDER BY u.role DESC, u.name`
		)
		.all() as { id: number; name: string; email: string; role: UserRole; disabled: number; totpEnabled: number; organisations: string | null }[];
}
