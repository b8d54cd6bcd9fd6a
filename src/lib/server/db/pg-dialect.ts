/**
 * The app's queries are written once, in SQLite's dialect (drizzle's sqlite-core builder and some
 * hand-written SQL). On PostgreSQL each statement text is rewritten here, once per distinct text,
 * into the PostgreSQL that means the same on the PostgreSQL migrations' tables (drizzle/pg):
 *
 * - `?` parameters become `$1, $2, …`;
 * - a boolean column compared with 0 or 1 is compared with FALSE or TRUE (SQLite keeps booleans as 0/1);
 * - an unquoted camelCase name (an alias, or a use of one) is quoted (PostgreSQL would fold it to lower case);
 * - `coalesce(boolean column, 0)` defaults to FALSE; `json_extract(col, '$.key')` is `col->>'key'`;
 * - `id IN (SELECT value FROM json_each(?))` becomes `id = ANY($n::bigint[])`, and the connection sends
 *   that parameter's JSON array as a PostgreSQL array (pg-sync.ts). The planner then sees the ids as
 *   a constant: one activity's dates are read by index, thousands of ids are matched by hash. (A
 *   set-returning function is always guessed at 100 rows, which made it scan 100,000 dates for one
 *   activity at scale 50; an array computed from the text in SQL is not a constant and was compared
 *   element by element, 2.3 s for 8,400 ids);
 * - `instr` is `strpos`; two-argument `max(a, b)` / `min(a, b)` become `greatest` / `least`; `group_concat` becomes `string_agg`;
 * - `x COLLATE NOCASE` becomes `lower(x)`; `LIKE` becomes `ILIKE` (SQLite's LIKE ignores case);
 * - `LIMIT -1` becomes `LIMIT ALL`; `on conflict ("t"."c")` becomes `on conflict ("c")`; an identity `id` inserted as `null` is inserted as `default`;
 * - the search table's `rowid` is its `event_id`, and its FTS5 `MATCH` is the trigram `folded LIKE` of
 *   every quoted word (drizzle/pg/0001_search.sql).
 *
 * Nothing else is changed, and string literals never are. A statement that needs more than this is
 * written so that both backends read it alike (`FALSE` rather than `0`, `string_agg`, `lower`).
 */
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import * as pgSchema from './pg-schema';

function columnsOfType(type: string): string[] {
	const names = new Set<string>();
	for (const v of Object.values(pgSchema) as unknown[]) {
		if (typeof v !== 'object' || v === null || !(Symbol.for('drizzle:IsDrizzleTable') in v)) continue;
		for (const col of getTableConfig(v as PgTable).columns) if (col.getSQLType() === type) names.add(col.name);
	}
	return [...names];
}

let booleanCompare: RegExp | undefined;
function booleanPattern(): RegExp {
	// Column names are unique to booleans across the schema (tested), so a name alone says the type.
	booleanCompare ??= new RegExp(`((?:\\b[a-z_]+\\.|"[a-z_]+"\\.)?(?:\\b(?:${columnsOfType('boolean').join('|')})\\b|"(?:${columnsOfType('boolean').join('|')})"))\\s*(==|=|<>|!=)\\s*([01])\\b`, 'gi');
	return booleanCompare;
}

let booleanCoalesce: RegExp | undefined;
function booleanDefault(): RegExp {
	const names = columnsOfType('boolean').join('|');
	booleanCoalesce ??= new RegExp(`coalesce\\(\\s*((?:[a-z_]+\\.)?(?:${names}))\\s*,\\s*([01])\\s*\\)`, 'gi');
	return booleanCoalesce;
}

/** The index of the parenthesis closing the one at `open`, and the top-level comma positions inside. */
function group(sql: string, open: number): { close: number; commas: number[] } {
	let depth = 0;
	const commas: number[] = [];
	for (let i = open; i < sql.length; i++) {
		const ch = sql[i];
		if (ch === '(') depth++;
		else if (ch === ')') {
			depth--;
			if (depth === 0) return { close: i, commas };
		} else if (ch === ',' && depth === 1) commas.push(i);
	}
	return { close: sql.length, commas };
}

function rewriteCalls(sql: string): string {
	let out = sql;
	for (const re of [/\b(max|min)\s*\(/gi, /\bgroup_concat\s*\(/gi]) {
		let m: RegExpExecArray | null;
		re.lastIndex = 0;
		while ((m = re.exec(out))) {
			const open = m.index + m[0].length - 1;
			const { close, commas } = group(out, open);
			const name = m[0].slice(0, m[0].indexOf('(')).trim().toLowerCase();
			let replacement: string | null = null;
			if (name === 'group_concat') {
				// string_agg takes text only; SQLite's group_concat turns numbers into text itself.
				const value = out.slice(open + 1, commas[0] ?? close).trim();
				const distinct = /^distinct\s+/i.exec(value);
				const cast = `${distinct ? 'DISTINCT ' : ''}CAST(${value.slice(distinct?.[0].length ?? 0)} AS text)`;
				replacement = `string_agg(${cast}, ${commas.length ? out.slice(commas[0] + 1, close).trim() : "','"})`;
			} else if (commas.length) replacement = `${name === 'max' ? 'greatest' : 'least'}(${out.slice(open + 1, close)})`;
			if (replacement !== null) {
				out = out.slice(0, m.index) + replacement + out.slice(close + 1);
				re.lastIndex = m.index + replacement.indexOf('(') + 1;
			} else re.lastIndex = open + 1;
		}
	}
	return out;
}

const MASK = '\u0000';

/** SQLite's statement text, as PostgreSQL reads it the same. */
export function toPostgres(sqlite: string): string {
	// String literals are set aside first, so that nothing inside them is touched.
	const literals: string[] = [];
	// json_extract(col, '$.key') reads one key of a JSON column, as text (compared with a parameter).
	let sql = sqlite.replace(/\bjson_extract\(\s*([a-z_.]+)\s*,\s*'\$\.([A-Za-z_]+)'\s*\)/g, "($1->>'$2')");
	sql = sql.replace(/'(?:[^']|'')*'/g, (s) => `${MASK}${literals.push(s) - 1}${MASK}`);
	let n = 0;
	sql = sql.replace(/\?/g, () => `$${++n}`);
	sql = sql.replace(/\bNOT\s+IN\s*\(\s*SELECT\s+value\s+FROM\s+json_each\((\$\d+)\)\s*\)/gi, '<> ALL($1::bigint[])');
	sql = sql.replace(/\bIN\s*\(\s*SELECT\s+value\s+FROM\s+json_each\((\$\d+)\)\s*\)/gi, '= ANY($1::bigint[])');
	sql = sql.replace(/\(\s*SELECT\s+value\s+FROM\s+json_each\((\$\d+)\)\s*\)/gi, '(SELECT value::bigint FROM jsonb_array_elements_text($1::jsonb) AS value)');
	if (/\bevent_search\b/.test(sql)) sql = sql.replace(/\browid\b/gi, 'event_id');
	sql = sql.replace(booleanPattern(), (_, col: string, op: string, v: string) => `${col} ${op === '==' ? '=' : op} ${v === '1' ? 'TRUE' : 'FALSE'}`);
	sql = sql.replace(booleanDefault(), (_, col: string, v: string) => `coalesce(${col}, ${v === '1' ? 'TRUE' : 'FALSE'})`);
	sql = sql.replace(/(?<![\w"$])([a-z][a-z0-9]*[A-Z][A-Za-z0-9]*)\b(?!")/g, '"$1"');
	sql = sql.replace(/([\w."]+)\s+COLLATE\s+NOCASE\b/gi, 'lower($1)');
	sql = sql.replace(/\bLIKE\b/gi, 'ILIKE');
	sql = sql.replace(
		/\bevent_search\s+MATCH\s+(\$\d+)/gi,
		`folded LIKE ALL (SELECT '%' || search_fold(w) || '%' FROM unnest(string_to_array(replace(trim(both '"' from $1), '" "', ' '), ' ')) AS w)`
	);
	sql = sql.replace(/\bLIMIT\s+-1\b/gi, 'LIMIT ALL');
	// drizzle names the conflict target "table"."column"; PostgreSQL takes the column alone.
	sql = sql.replace(/\bon conflict\s*\(([^)]*)\)/gi, (_, cols: string) => `on conflict (${cols.replace(/"\w+"\./g, '')})`);
	sql = rewriteCalls(sql).replace(/\binstr\s*\(/gi, 'strpos(');
	if (/^\s*insert\s+into\s+"\w+"\s*\(\s*"id"\s*,/i.test(sql)) {
		const at = sql.search(/\bvalues\b/i);
		if (at >= 0) sql = sql.slice(0, at) + sql.slice(at).replace(/\(\s*null\s*,/gi, '(default,');
	}
	return sql.replace(new RegExp(`${MASK}(\\d+)${MASK}`, 'g'), (_, i: string) => literals[Number(i)]);
}

/** The schema's boolean and JSON columns (for tests and the result conversion). */
export const booleanColumns = () => columnsOfType('boolean');

/** The positions (from 0) of the parameters that `toPostgres` made id arrays: their JSON text is sent as an array. */
export function arrayParameters(postgres: string): number[] {
	return [...postgres.matchAll(/(?:= ANY|<> ALL)\(\$(\d+)::bigint\[\]\)/g)].map((m) => Number(m[1]) - 1);
}
