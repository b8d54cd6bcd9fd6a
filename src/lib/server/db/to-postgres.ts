import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { Client } from 'pg';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import * as pgSchema from './pg-schema';
import { EXTENSIONS, migrationsFor, quoteIdent } from './pg-migrations';

/**
 * Copies a municipality's SQLite database into an empty PostgreSQL database, in one transaction,
 * and proves the copy: every table's row count and a checksum over its rows (each value in the
 * SQLite representation: booleans 0/1, instants as milliseconds, JSON with sorted keys), computed
 * on both sides. A difference rolls everything back. The search rows come along as they are.
 */
export type TableReport = { table: string; rows: number; checksum: string; equal: boolean };

type Kind = 'integer' | 'text' | 'boolean' | 'bigint' | 'jsonb' | 'double precision';
type Column = { name: string; kind: Kind };
type Table = { name: string; columns: Column[]; identity: boolean; dependsOn: string[] };

/** The schema's tables with their columns, parents before children (foreign keys). */
export function pgTables(): Table[] {
	const tables = (Object.values(pgSchema) as unknown[])
		.filter((v): v is PgTable => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v)
		.map((t) => {
			const c = getTableConfig(t);
			return {
				name: c.name,
				columns: c.columns.map((col) => ({ name: col.name, kind: col.getSQLType() as Kind })),
				identity: c.columns.some((col) => col.name === 'id' && (col as { generatedIdentity?: unknown }).generatedIdentity !== undefined),
				dependsOn: c.foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name).filter((n) => n !== c.name)
			};
		});
	const byName = new Map(tables.map((t) => [t.name, t]));
	const ordered: Table[] = [];
	const seen = new Set<string>();
	const visit = (t: Table, path: string[]) => {
		if (seen.has(t.name)) return;
		if (path.includes(t.name)) throw new Error(`Foreign keys form a cycle: ${[...path, t.name].join(' → ')}`);
		for (const d of t.dependsOn) visit(byName.get(d)!, [...path, t.name]);
		seen.add(t.name);
		ordered.push(t);
	};
	for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t, []);
	return ordered;
}

/** The search rows: a virtual table in SQLite, a plain one (with a generated folded column) in PostgreSQL. */
const SEARCH: Table = {
	name: 'event_search',
	columns: ['event_id', 'title', 'summary', 'description', 'organisation', 'venue'].map((name) => ({ name, kind: name === 'event_id' ? 'integer' : 'text' })),
	identity: false,
	dependsOn: ['events']
};

const canonical = (v: unknown): unknown =>
	Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;

/** One value as SQLite stores it, whichever side it was read from. */
function normalise(kind: Kind, v: unknown): unknown {
	if (v === null || v === undefined) return null;
	switch (kind) {
		case 'boolean':
			return v === true || v === 1 ? 1 : 0;
		case 'bigint':
		case 'integer':
		case 'double precision':
			return Number(v);
		case 'jsonb':
			return JSON.stringify(canonical(typeof v === 'string' ? JSON.parse(v) : v));
		default:
			return v;
	}
}

/** Order-independent: the sorted digests of the rows, digested (text keys sort differently per collation). */
function checksum(table: Table, rows: unknown[][]): string {
	const digests = rows.map((r) => createHash('sha256').update(JSON.stringify(r.map((v, i) => normalise(table.columns[i].kind, v)))).digest('hex'));
	digests.sort();
	const h = createHash('sha256');
	for (const d of digests) h.update(d);
	return h.digest('hex');
}

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

function sqliteRows(sqlite: Database.Database, t: Table): unknown[][] {
	const cols = t === SEARCH ? ['rowid', ...t.columns.slice(1).map((c) => c.name)] : t.columns.map((c) => c.name);
	return sqlite.prepare(`SELECT ${cols.map(q).join(', ')} FROM ${q(t.name)}`).raw().all() as unknown[][];
}

async function pgRows(pg: Client, t: Table): Promise<unknown[][]> {
	const r = await pg.query({ text: `SELECT ${t.columns.map((c) => q(c.name)).join(', ')} FROM ${q(t.name)}`, rowMode: 'array' });
	return r.rows as unknown[][];
}

/**
 * Applies the PostgreSQL migrations (drizzle/pg), into `schema` when one is named (one per
 * municipality, as `?schema=` in the app's DATABASE_URL): the schema is created, the connection's
 * search_path set to it, and the migrations are recorded in it, exactly as the app's own connection
 * does at start (pg-sync.ts), so the app later finds the copy migrated.
 */
export async function migratePostgres(pg: Client, folder = resolve('drizzle/pg'), schema?: string) {
	if (schema) {
		for (const ext of EXTENSIONS) await pg.query(`CREATE EXTENSION IF NOT EXISTS ${ext} WITH SCHEMA public`);
		await pg.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
		await pg.query(`SET search_path TO ${quoteIdent(schema)}, public`);
	}
	const migrations = migrationsFor(folder, schema);
	try {
		await migrate(drizzle(pg), { migrationsFolder: migrations.folder, migrationsSchema: schema ?? 'drizzle' });
	} finally {
		migrations.done();
	}
}

/** Copies into the database `pg` is connected to, or into its `schema` when one is named. */
export async function copyToPostgres(sqlite: Database.Database, pg: Client, log: (line: string) => void = () => {}, schema?: string): Promise<TableReport[]> {
	await migratePostgres(pg, undefined, schema);
	const tables = [...pgTables(), SEARCH];
	for (const t of tables) {
		const { rows } = await pg.query(`SELECT count(*)::int AS n FROM ${q(t.name)}`);
		if (rows[0].n > 0)
			throw new Error(`The PostgreSQL database already holds data (${t.name}: ${rows[0].n} rows). Copy into an empty database; nothing was written.`);
	}
	await pg.query('BEGIN');
	try {
		const expected = new Map<string, { rows: number; checksum: string }>();
		for (const t of tables) {
			const rows = sqliteRows(sqlite, t);
			expected.set(t.name, { rows: rows.length, checksum: checksum(t, rows) });
			// At most 60,000 parameters per statement (PostgreSQL allows 65,535).
			const per = Math.max(1, Math.floor(60_000 / t.columns.length));
			for (let at = 0; at < rows.length; at += per) {
				const batch = rows.slice(at, at + per);
				const values: unknown[] = [];
				const tuples = batch.map((row) => `(${row.map((v, i) => {
					const kind = t.columns[i].kind;
					values.push(v === null ? null : kind === 'boolean' ? v === 1 : v);
					return `$${values.length}`;
				}).join(', ')})`);
				await pg.query(`INSERT INTO ${q(t.name)} (${t.columns.map((c) => q(c.name)).join(', ')}) VALUES ${tuples.join(', ')}`, values);
			}
			if (t.identity)
				await pg.query(`SELECT setval(pg_get_serial_sequence('${q(t.name)}', 'id'), coalesce((SELECT max(id) FROM ${q(t.name)}), 0) + 1, false)`);
			log(`${t.name}: ${rows.length} rows`);
		}
		const report: TableReport[] = [];
		for (const t of tables) {
			const rows = await pgRows(pg, t);
			const want = expected.get(t.name)!;
			const got = checksum(t, rows);
			report.push({ table: t.name, rows: rows.length, checksum: got, equal: rows.length === want.rows && got === want.checksum });
		}
		const wrong = report.filter((r) => !r.equal);
		if (wrong.length) throw new Error(`The copy differs from the SQLite file in ${wrong.map((r) => r.table).join(', ')}; nothing was written.`);
		await pg.query('COMMIT');
		return report;
	} catch (e) {
		await pg.query('ROLLBACK');
		throw e;
	}
}
