import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';
import { currentTenant, isMultiTenant, tenantState } from '../tenancy';
import { PostgresConnection, isPostgresUrl } from './pg-sync';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The current municipality's database file (README "Flera kommuner"); else `DATABASE_URL`. */
export function databasePath(): string {
	if (isMultiTenant()) return currentTenant().databasePath;
	const url = process.env.DATABASE_URL ?? 'data/traffpunkt.db';
	return url.startsWith('file:') ? url.slice(5) : url;
}

/** True when the database is PostgreSQL (`postgres://…`), not an SQLite file. */
export const isPostgres = (db: Db) => db.$client instanceof PostgresConnection;

/**
 * Opens (and migrates) a database: an SQLite file (':memory:' works for tests), or PostgreSQL for a
 * `postgres://…[?schema=name]` address (pg-sync.ts: the same synchronous queries, rewritten once each).
 */
export function openDatabase(path: string): Db {
	if (isPostgresUrl(path)) {
		const client = new PostgresConnection(path);
		client.migrate(process.env.PG_MIGRATIONS_DIR ?? resolve('drizzle/pg'));
		return drizzle({ client: client as unknown as Database.Database, schema }) as Db;
	}
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = FULL');
	cacheStatements(sqlite);
	const db = drizzle(sqlite, { schema }) as Db;
	migrate(db, { migrationsFolder: process.env.MIGRATIONS_DIR ?? resolve('drizzle') });
	return db;
}

/**
 * Keeps prepared statements for reuse: better-sqlite3 compiles the SQL on every `prepare`, which
 * cost a request more than running its queries (the list's queries, drizzle's own and the feeds'
 * are the same few hundred texts). A statement comes back in its plain mode (not raw or plucked, as
 * its last user may have left it); one busy in an `iterate()` is not shared; the least recently
 * used go once there are 1,000. So a statement kept for later use must not rely on a mode set
 * on it once (raw, pluck): the next `prepare` of the same text hands the same object out reset.
 */
function cacheStatements(sqlite: Database.Database, max = 1_000) {
	const prepare = sqlite.prepare.bind(sqlite);
	const cache = new Map<string, Database.Statement>();
	sqlite.prepare = ((source: string) => {
		const hit = cache.get(source);
		if (hit && !hit.busy) {
			cache.delete(source);
			cache.set(source, hit);
			if (hit.reader) hit.raw(false).pluck(false);
			return hit;
		}
		const statement = prepare(source);
		if (!hit) {
			cache.set(source, statement);
			if (cache.size > max) cache.delete(cache.keys().next().value!);
		}
		return statement;
	}) as typeof sqlite.prepare;
}

/**
 * The current municipality's database, opened lazily: `vite build` imports server modules and must
 * not touch the file. With one municipality it is the `DATABASE_URL` file, as it always was.
 */
export function getDb(): Db {
	return tenantState('db', () => openDatabase(databasePath()));
}

/** Every table that holds rows (on SQLite with the search engine's own, on PostgreSQL the schema's). */
export function tableNames(db: Db): string[] {
	const sql = isPostgres(db)
		? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`
		: `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1`;
	return (db.$client.prepare(sql).all() as { name: string }[]).map((t) => t.name);
}

export function isEmptyDatabase(db: Db): boolean {
	const row = db.$client.prepare('SELECT count(*) AS n FROM districts').get() as { n: number };
	return row.n === 0;
}

/**
 * Runs `fn` as one transaction whose commit does not wait for the disk (`synchronous = NORMAL` in
 * WAL mode; the next ordinary commit makes it durable). Only for derived data that is recomputed
 * anyway, such as the rolling date extension, so that a batch costs one quick commit instead of
 * one disk flush per event, each of which would hold up every request in this process.
 */
export function inRelaxedTransaction<T>(db: Db, fn: () => T): T {
	const c = db.$client;
	if (isPostgres(db)) return c.transaction(fn)();
	c.pragma('synchronous = NORMAL');
	try {
		return c.transaction(fn)();
	} finally {
		c.pragma('synchronous = FULL');
	}
}
