/**
 * `npm run migrate-to-postgres -- <sqlite file> [--to postgres://…[?schema=name]]`: copies a municipality's SQLite
 * database into an empty PostgreSQL database (DATABASE_URL, or --to), into the schema the address
 * names (one per municipality, the same address the app is then started with), applying the PostgreSQL
 * migrations first, and prints every table's rows and checksum as checked on both sides. Nothing is
 * written unless every table matches. The SQLite file is opened read-only and left as it was.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { existsSync } from 'node:fs';
import { copyToPostgres } from './to-postgres';
import { parsePostgresUrl } from './pg-sync';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--to');
const to = args.includes('--to') ? args[args.indexOf('--to') + 1] : process.env.DATABASE_URL;
if (!file || !existsSync(file)) {
	console.error('Usage: npm run migrate-to-postgres -- <sqlite file> [--to postgres://user@host/db[?schema=name]]  (or DATABASE_URL=postgres://…)');
	process.exit(2);
}
if (!to || !/^postgres(ql)?:\/\//.test(to)) {
	console.error('Say where to copy to: --to postgres://user@host/db or DATABASE_URL=postgres://…');
	process.exit(2);
}
const target = parsePostgresUrl(to);
const sqlite = new Database(file, { readonly: true, fileMustExist: true });
const client = new pg.Client({ connectionString: target.url });
await client.connect();
try {
	const started = performance.now();
	const report = await copyToPostgres(sqlite, client, (line) => console.log(line), target.schema);
	console.log('\n| table | rows | checksum (sha-256 of the sorted row digests) | equal |\n|---|---|---|---|');
	for (const r of report) console.log(`| ${r.table} | ${r.rows} | ${r.checksum.slice(0, 16)}… | ${r.equal ? 'yes' : 'NO'} |`);
	console.log(`\nCopied ${report.reduce((n, r) => n + r.rows, 0)} rows in ${report.length} tables${target.schema ? ` into the schema ${target.schema}` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s; every count and checksum matches.`);
} catch (e) {
	console.error((e as Error).message);
	process.exitCode = 1;
} finally {
	await client.end();
	sqlite.close();
}
