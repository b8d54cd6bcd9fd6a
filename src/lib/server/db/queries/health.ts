import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isPostgres, type Db } from '../index';
import type { PostgresConnection } from '../pg-sync';

export type Health = { ok: boolean; database: 'ok' | 'unreachable'; migrations: 'current' | 'behind' | 'unknown'; applied: number; expected: number };

function expectedMigrations(pg: boolean): { count: number; last: number } | null {
	try {
		const dir = pg ? (process.env.PG_MIGRATIONS_DIR ?? resolve('drizzle/pg')) : (process.env.MIGRATIONS_DIR ?? resolve('drizzle'));
		const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
		return { count: journal.entries.length, last: Math.max(...journal.entries.map((e) => e.when)) };
	} catch {
		return null;
	}
}

/** For the load balancer: the database answers and every migration in drizzle/ has been applied. */
export function checkHealth(getDb: () => Db): Health {
	let expected = expectedMigrations(false);
	try {
		const db = getDb();
		const pg = isPostgres(db);
		if (pg) expected = expectedMigrations(true);
		db.$client.prepare('SELECT 1').get();
		// On PostgreSQL the journal is in the municipality's schema, or drizzle's own without one.
		const journal = pg && !(db.$client as unknown as PostgresConnection).schema ? 'drizzle.__drizzle_migrations' : '__drizzle_migrations';
		const row = db.$client.prepare(`SELECT count(*) AS n, max(created_at) AS last FROM ${journal}`).get() as { n: number; last: number | null };
		const migrations = !expected ? 'unknown' : row.n >= expected.count && (row.last ?? 0) >= expected.last ? 'current' : 'behind';
		return { ok: migrations === 'current', database: 'ok', migrations, applied: row.n, expected: expected?.count ?? 0 };
	} catch {
		return { ok: false, database: 'unreachable', migrations: 'unknown', applied: 0, expected: expected?.count ?? 0 };
	}
}
