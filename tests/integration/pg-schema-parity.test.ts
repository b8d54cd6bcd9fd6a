import { describe, expect, it } from 'vitest';
import { getTableConfig as sqliteConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableConfig as pgConfig, type PgTable } from 'drizzle-orm/pg-core';
import * as sqliteSchema from '../../src/lib/server/db/schema';
import * as pgSchema from '../../src/lib/server/db/pg-schema';

/**
 * The two schemas are kept mechanically parallel (drizzle has no dialect-neutral one): the same
 * tables, columns in the same order, the same nullability, defaults, keys, uniques, indexes and
 * foreign keys, and each column's type mapped one to one.
 */
const isTable = (v: unknown) => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v;

/** Drizzle's SQLite column kinds → the PostgreSQL type each must be. */
const TYPE_MAP: Record<string, string> = {
	SQLiteInteger: 'integer',
	SQLiteBoolean: 'boolean',
	SQLiteTimestamp: 'bigint',
	SQLiteText: 'text',
	SQLiteTextJson: 'jsonb',
	SQLiteReal: 'double precision'
};

function sqliteShape(t: SQLiteTable) {
	const c = sqliteConfig(t);
	return {
		name: c.name,
		columns: c.columns.map((col) => {
			const base = col.getSQLType();
			return {
				name: col.name,
				type: TYPE_MAP[col.columnType] ?? `unmapped ${col.columnType}`,
				notNull: col.notNull,
				primary: col.primary,
				unique: col.isUnique,
				// An INTEGER PRIMARY KEY always "has a default" in SQLite (the rowid); only `id` is meant
				// to be numbered by the database (an identity column in PostgreSQL), other keys are given.
				hasDefault: col.primary && base === 'integer' ? col.name === 'id' : col.hasDefault,
				enum: (col as unknown as { enumValues?: string[] }).enumValues ?? null
			};
		}),
		primaryKeys: c.primaryKeys.map((pk) => pk.columns.map((x) => x.name)),
		indexes: c.indexes.map((i) => ({ name: i.config.name, unique: i.config.unique, on: i.config.columns.map((x) => (x as { name: string }).name) })).sort((a, b) => a.name.localeCompare(b.name)),
		foreignKeys: c.foreignKeys
			.map((fk) => {
				const r = fk.reference();
				return `${r.columns.map((x) => x.name).join(',')} → ${sqliteConfig(r.foreignTable).name}(${r.foreignColumns.map((x) => x.name).join(',')}) ${fk.onDelete ?? 'no action'}`;
			})
			.sort()
	};
}

function pgShape(t: PgTable) {
	const c = pgConfig(t);
	return {
		name: c.name,
		columns: c.columns.map((col) => ({
			name: col.name,
			type: col.getSQLType(),
			notNull: col.notNull,
			primary: col.primary,
			unique: col.isUnique,
			hasDefault: col.hasDefault,
			enum: (col as unknown as { enumValues?: string[] }).enumValues ?? null
		})),
		primaryKeys: c.primaryKeys.map((pk) => pk.columns.map((x) => x.name)),
		indexes: c.indexes.map((i) => ({ name: i.config.name!, unique: i.config.unique, on: i.config.columns.map((x) => (x as { name: string }).name) })).sort((a, b) => a.name.localeCompare(b.name)),
		foreignKeys: c.foreignKeys
			.map((fk) => {
				const r = fk.reference();
				return `${r.columns.map((x) => x.name).join(',')} → ${pgConfig(r.foreignTable).name}(${r.foreignColumns.map((x) => x.name).join(',')}) ${fk.onDelete ?? 'no action'}`;
			})
			.sort()
	};
}

describe('the PostgreSQL schema', () => {
	const sqlite = Object.values(sqliteSchema).filter(isTable).map((t) => sqliteShape(t as SQLiteTable)).sort((a, b) => a.name.localeCompare(b.name));
	const pg = Object.values(pgSchema).filter(isTable).map((t) => pgShape(t as PgTable)).sort((a, b) => a.name.localeCompare(b.name));

	it('has exactly the SQLite schema’s tables', () => {
		expect(sqlite.length).toBeGreaterThan(30);
		expect(pg.map((t) => t.name)).toEqual(sqlite.map((t) => t.name));
	});

	it('has the same columns, types, keys, defaults, indexes and foreign keys in every table', () => {
		for (const s of sqlite) {
			const p = pg.find((t) => t.name === s.name)!;
			for (const col of s.columns) expect(col.type, `${s.name}.${col.name}`).not.toMatch(/^unmapped/);
			expect(p, s.name).toEqual(s);
		}
	});

	it('notices a difference (the comparison is not vacuous)', () => {
		const s = structuredClone(sqlite.find((t) => t.name === 'venues')!);
		const p = structuredClone(pg.find((t) => t.name === 'venues')!);
		expect(p).toEqual(s);
		p.columns[1].notNull = !p.columns[1].notNull;
		expect(p).not.toEqual(s);
	});
});
