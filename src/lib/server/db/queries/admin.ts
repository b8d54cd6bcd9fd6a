import type { Db } from '../index';
import type { UserRole } from '../schema';
import type { UserFilters, UserStatus } from '../../../domain/staff-filters';

export type UserRow = { id: number; name: string; email: string; role: UserRole; disabled: number; totpEnabled: number; organisations: string | null; status: UserStatus };

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Users by name or e-mail, role, organisation and status (active, disabled, invited = has not
 * chosen a password yet), admins first. Every match is returned.
 */
export function listUsers(db: Db, f: Partial<UserFilters> = {}): UserRow[] {
	const where: string[] = [];
	const params: unknown[] = [];
	if (f.q) {
		where.push(`(u.name LIKE ? ESCAPE '\\' OR u.email LIKE ? ESCAPE '\\')`);
		params.push(like(f.q), like(f.q));
	}
	if (f.roll) (where.push('u.role = ?'), params.push(f.roll));
	if (f.forening) (where.push('EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.organisation_id = ?)'), params.push(f.forening));
	if (f.status === 'avstangd') where.push('u.disabled = 1');
	if (f.status === 'inbjuden') where.push('u.disabled = 0 AND u.password_hash IS NULL');
	if (f.status === 'aktiv') where.push('u.disabled = 0 AND u.password_hash IS NOT NULL');
	const rows = db.$client
		.prepare(
			`SELECT u.id, u.name, u.email, u.role, u.disabled, u.totp_enabled AS totpEnabled, u.password_hash IS NULL AS invited,
			 (SELECT group_concat(o.name, ', ') FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = u.id) AS organisations
			 FROM users u ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY u.role DESC, u.name`
		)
		.all(...params) as (Omit<UserRow, 'status'> & { invited: number })[];
	return rows.map(({ invited, ...u }) => ({ ...u, status: u.disabled ? 'avstangd' : invited ? 'inbjuden' : 'aktiv' }));
}

export function countUsers(db: Db): number {
	return (db.$client.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

/** Everyone, for the log's person filter. */
export function userOptions(db: Db) {
	return db.$client.prepare('SELECT id, name, email FROM users ORDER BY name').all() as { id: number; name: string; email: string }[];
}
