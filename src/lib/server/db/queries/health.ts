import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Db } from '../index';

export type Health = { ok: boolean; database: 'ok' | 'unreachable'; migrations: 'current' | 'behind' | 'unknown'; applied: number; expected: number };

function expectedMigrations(): { count: number; last: number } | null {
	try {
		const dir = process.env.MIGRATIONS_DIR ?? resolve('drizzle');
		const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
		return { count: journal.entries.length, last: Math.max(...journal.entries.map((e) => e.when)) };
	} catch {
		return null;
	}
}

/** For the load balancer: the database answers and every migration in drizzle/ has been applied. */
export function checkHealth(getDb: () => Db): Health {
	const expected = expectedMigrations();
	try {
		const db = getDb();
		db.$client.prepare('SELECT 1').get();
		const row = db.$client.prepare('SELECT count(*) AS n, max(created_at) AS last FROM __drizzle_migrations').get() as { n: number; last: number | null };
		const migrations = !expected ? 'unknown' : row.n >= expected.count && (row.last ?? 0) >= expected.last ? 'current' : 'behind';
		return { ok: migrations === 'current', database: 'ok', migrations, applied: row.n, expected: expected?.count ?? 0 };
	} catch {
		return { ok: false, database: 'unreachable', migrations: 'unknown', applied: 0, expected: expected?.count ?? 0 };
	}
}
