// npm run restore -- <backup-file> [--db <database file>]
// Stop the app first. The backup is checked, the current database (with its -wal and -shm) is moved
// aside as <file>.before-restore-<time>, and the backup copied into place. Start the app again:
// it applies any newer migrations at start.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const options = {};
const positional = [];
for (let a = process.argv.slice(2), i = 0; i < a.length; i++) {
	if (a[i].startsWith('--')) options[a[i].slice(2)] = a[++i];
	else positional.push(a[i]);
}
const target = resolve(options.db ?? (process.env.DATABASE_URL ?? 'data/traffpunkt.db').replace(/^file:/, ''));
const backup = positional[0];
if (!backup || !existsSync(backup)) {
	console.error('Usage: npm run restore -- <backup-file> [--db <database file>]  (stop the app first)');
	process.exit(2);
}

const check = new Database(backup, { readonly: true, fileMustExist: true });
const integrity = check.pragma('integrity_check', { simple: true });
if (integrity !== 'ok') {
	console.error(`The backup ${backup} failed its integrity check (${integrity}); nothing was changed.`);
	process.exit(1);
}
if (existsSync(`${target}-wal`) && statSync(`${target}-wal`).size > 0)
	console.warn(`Warning: ${target}-wal is not empty. Is the app still running? Stop it before restoring.`);

mkdirSync(dirname(target), { recursive: true });
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
const aside = [];
for (const suffix of ['', '-wal', '-shm'])
	if (existsSync(target + suffix)) {
		renameSync(target + suffix, `${target}.before-restore-${stamp}${suffix}`);
		aside.push(`${target}.before-restore-${stamp}${suffix}`);
	}
await check.backup(target);
check.close();
const restored = new Database(target);
restored.pragma('journal_mode = WAL');
const after = restored.pragma('integrity_check', { simple: true });
restored.close();
console.log(JSON.stringify({ at: new Date().toISOString(), event: 'restore.done', from: resolve(backup), to: target, integrity: after, movedAside: aside }));
