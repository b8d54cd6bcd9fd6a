// npm run backup -- <file>            one consistent copy of the live database
// npm run backup -- --dir <dir> [--keep 14]   a dated copy in <dir>, keeping the newest 14
// Safe while the app runs and writes: SQLite's online backup API copies every page in one step,
// so the copy is one moment of the database. The copy is checked (integrity_check) before it counts.
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync, chmodSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const options = {};
const positional = [];
for (let a = process.argv.slice(2), i = 0; i < a.length; i++) {
	if (a[i].startsWith('--')) options[a[i].slice(2)] = a[++i];
	else positional.push(a[i]);
}
const source = resolve(options.db ?? (process.env.DATABASE_URL ?? 'data/traffpunkt.db').replace(/^file:/, ''));
const keep = Number(options.keep ?? 14);
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
if (!options.dir && !positional[0]) {
	console.error('Usage: npm run backup -- <file>   or   npm run backup -- --dir <directory> [--keep 14]');
	process.exit(2);
}
const dir = options.dir;
const target = resolve(dir ? join(dir, `traffpunkt-${stamp}.db`) : positional[0]);

mkdirSync(dirname(target), { recursive: true });
const partial = `${target}.partial`;
rmSync(partial, { force: true });
const started = Date.now();
const db = new Database(source, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
// All remaining pages in each step: one step, one snapshot (a restart on concurrent writes cannot occur).
await db.backup(partial, { progress: () => 0x7fffffff });
db.close();

const copy = new Database(partial, { fileMustExist: true });
const integrity = copy.pragma('integrity_check', { simple: true });
const counts = Object.fromEntries(
	['users', 'organisations', 'events', 'occurrences', 'attendance', 'signups', 'audit_log'].map((t) => {
		try {
			return [t, copy.prepare(`SELECT count(*) AS n FROM "${t}"`).get().n];
		} catch {
			return [t, null];
		}
	})
);
copy.pragma('journal_mode = DELETE'); // one self-contained file, no -wal beside it
copy.close();
if (integrity !== 'ok') {
	rmSync(partial, { force: true });
	console.error(`Backup failed its integrity check: ${integrity}`);
	process.exit(1);
}
renameSync(partial, target);
chmodSync(target, 0o600);
console.log(JSON.stringify({ at: new Date().toISOString(), event: 'backup.done', file: target, ms: Date.now() - started, integrity, counts }));

if (dir) {
	const old = readdirSync(dir).filter((f) => /^traffpunkt-\d{8}-\d{6}\.db$/.test(f)).sort().reverse().slice(keep);
	for (const f of old) rmSync(join(dir, f));
	if (old.length) console.log(JSON.stringify({ event: 'backup.pruned', removed: old }));
}
