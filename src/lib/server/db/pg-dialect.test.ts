import { describe, expect, it } from 'vitest';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import * as pgSchema from './pg-schema';
import { arrayParameters, toPostgres } from './pg-dialect';

describe('SQLite statements as PostgreSQL reads them', () => {
	it('numbers the parameters, and leaves string literals alone', () => {
		expect(toPostgres(`SELECT id FROM venues WHERE slug = ? AND name <> 'a ? b' AND kind = ?`)).toBe(
			`SELECT id FROM venues WHERE slug = $1 AND name <> 'a ? b' AND kind = $2`
		);
		expect(toPostgres(`SELECT 'it''s ? cancelled = 0' AS x`)).toBe(`SELECT 'it''s ? cancelled = 0' AS x`);
	});

	it('compares boolean columns with TRUE and FALSE, and defaults them to FALSE', () => {
		expect(toPostgres('SELECT 1 FROM occurrences o WHERE o.cancelled = 0 AND v.step_free = 1')).toBe(
			'SELECT 1 FROM occurrences o WHERE o.cancelled = FALSE AND v.step_free = TRUE'
		);
		expect(toPostgres('SELECT coalesce(v.hearing_loop, 0) AS hearingLoop')).toBe('SELECT coalesce(v.hearing_loop, FALSE) AS "hearingLoop"');
		// A number column is not touched.
		expect(toPostgres('SELECT 1 FROM signups WHERE people = 1')).toBe('SELECT 1 FROM signups WHERE people = 1');
	});

	it('quotes camelCase names, where they are made and where they are used', () => {
		expect(toPostgres('SELECT x.eventId FROM (SELECT e.id AS eventId FROM events e) AS x WHERE eventId > 0')).toBe(
			'SELECT x."eventId" FROM (SELECT e.id AS "eventId" FROM events e) AS x WHERE "eventId" > 0'
		);
		expect(toPostgres('SELECT "startsAt" FROM t')).toBe('SELECT "startsAt" FROM t');
	});

	it('unpacks JSON id lists, and reads one key of a JSON column', () => {
		expect(toPostgres('SELECT 1 FROM events e WHERE e.id IN (SELECT value FROM json_each(?))')).toBe(
			'SELECT 1 FROM events e WHERE e.id = ANY($1::bigint[])'
		);
		expect(arrayParameters(toPostgres('SELECT 1 FROM t WHERE a = ? AND b IN (SELECT value FROM json_each(?)) AND c IN (SELECT value FROM json_each(?))'))).toEqual([1, 2]);
		expect(toPostgres('SELECT 1 FROM t WHERE b NOT IN (SELECT value FROM json_each(?))')).toBe('SELECT 1 FROM t WHERE b <> ALL($1::bigint[])');
		expect(arrayParameters('SELECT 1 FROM t WHERE b <> ALL($1::bigint[])')).toEqual([0]);
		expect(toPostgres('SELECT (SELECT value FROM json_each(?))')).toBe('SELECT (SELECT value::bigint FROM jsonb_array_elements_text($1::jsonb) AS value)');
		expect(toPostgres(`SELECT 1 FROM audit_log WHERE json_extract(details, '$.organisationId') = ?`)).toBe(`SELECT 1 FROM audit_log WHERE (details->>'organisationId') = $1`);
	});

	it('turns scalar max/min into greatest/least, and group_concat into string_agg', () => {
		expect(toPostgres('SELECT max(a, coalesce(b, 0)), max(c), min(d, e) FROM t')).toBe('SELECT greatest(a, coalesce(b, 0)), max(c), least(d, e) FROM t');
		expect(toPostgres(`SELECT group_concat(DISTINCT r.title), group_concat(a.name, ', ') FROM r`)).toBe(`SELECT string_agg(DISTINCT CAST(r.title AS text), ','), string_agg(CAST(a.name AS text), ', ') FROM r`);
	});

	it('finds a substring with strpos', () => {
		expect(toPostgres(`SELECT substr(action, 1, instr(action || '.', '.') - 1) AS k FROM audit_log`)).toBe(`SELECT substr(action, 1, strpos(action || '.', '.') - 1) AS k FROM audit_log`);
	});

	it('keeps SQLite’s case-blind LIKE and NOCASE ordering', () => {
		expect(toPostgres('SELECT 1 FROM t WHERE title LIKE ? ORDER BY u.name COLLATE NOCASE, u.id')).toBe('SELECT 1 FROM t WHERE title ILIKE $1 ORDER BY lower(u.name), u.id');
	});

	it('writes drizzle’s inserts and upserts the PostgreSQL way', () => {
		expect(toPostgres('insert into "events" ("id", "status") values (null, ?), (null, ?) returning "id"')).toBe(
			'insert into "events" ("id", "status") values (default, $1), (default, $2) returning "id"'
		);
		expect(toPostgres('insert into "throttles" ("key", "count") values (?, ?) on conflict ("throttles"."key") do update set "count" = ?')).toBe(
			'insert into "throttles" ("key", "count") values ($1, $2) on conflict ("key") do update set "count" = $3'
		);
		expect(toPostgres('select "id" from "events" limit -1 offset ?')).toBe('select "id" from "events" LIMIT ALL offset $1');
	});

	it('answers the search table’s FTS5 MATCH with the trigram column', () => {
		const sql = toPostgres('SELECT rowid FROM event_search WHERE event_search MATCH ?');
		expect(sql).toMatch(/^SELECT event_id FROM event_search WHERE folded LIKE ALL \(SELECT '%' \|\| search_fold\(w\)/);
		expect(toPostgres('SELECT rowid FROM other')).toBe('SELECT rowid FROM other');
	});

	it('can tell booleans by name: no column name is boolean in one table and not in another', () => {
		const types = new Map<string, Set<string>>();
		for (const v of Object.values(pgSchema) as unknown[]) {
			if (typeof v !== 'object' || v === null || !(Symbol.for('drizzle:IsDrizzleTable') in v)) continue;
			for (const col of getTableConfig(v as PgTable).columns) types.set(col.name, (types.get(col.name) ?? new Set()).add(col.getSQLType()));
		}
		const mixed = [...types].filter(([, t]) => t.has('boolean') && t.size > 1).map(([n]) => n);
		expect(mixed).toEqual([]);
		expect([...types].filter(([, t]) => t.has('boolean')).length).toBeGreaterThan(10);
	});
});
