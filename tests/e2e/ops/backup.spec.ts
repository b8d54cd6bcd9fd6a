import { expect, test } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { REPO_ROOT, fetchAgain as fetch, portAt, startApp, tempDir } from '../support/servers';

/**
 * The restore drill: back up while the app runs and something writes without pause, restore into
 * a fresh directory, start the app on it, and check that the copy is whole and of one moment.
 */
const COUNTED = ['users', 'organisations', 'events', 'occurrences', 'attendance', 'audit_log', 'settings'];

function counts(file: string) {
	const db = new Database(file, { readonly: true });
	const rows: Record<string, number> = Object.fromEntries(COUNTED.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
	const integrity = db.pragma('integrity_check', { simple: true });
	db.close();
	return { rows, integrity };
}

test('backup during writes, restore into a fresh directory, start: whole, consistent, same counts', async () => {
	test.setTimeout(180_000);
	const live = tempDir('live');
	const dbFile = join(live, 'app.db');
	const app = await startApp(portAt(31), { DEMO_DATA: '1', DATABASE_URL: dbFile, ORIGIN: `http://127.0.0.1:${portAt(31)}`, OUTBOX_DIR: join(live, 'outbox') });
	// A writer on its own connection: pairs of rows in one transaction each, as fast as it can.
	const writer = spawn(
		process.execPath,
		[
			'-e',
			`const D = require('better-sqlite3'); const db = new D(${JSON.stringify(dbFile)}); db.pragma('busy_timeout = 5000');
			 const ins = db.prepare("INSERT INTO audit_log (at, action, entity_type, summary) VALUES (?, 'drill.write', 'drill', ?)");
			 const pair = db.transaction((i) => { ins.run(Date.now(), 'a' + i); ins.run(Date.now(), 'b' + i); });
			 let i = 0; const end = Date.now() + 8000;
			 (function loop() { for (let k = 0; k < 50; k++) pair(i++); if (Date.now() < end) setImmediate(loop); else { console.log(i); db.close(); } })();`
		],
		{ cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } }
	);
	let written = '';
	let problems = '';
	writer.stdout!.on('data', (d) => (written += d));
	writer.stderr!.on('data', (d) => (problems += d));
	const writerDone = new Promise((r) => writer.on('close', r));
	try {
		await new Promise((r) => setTimeout(r, 1500));
		const backups = tempDir('backups');
		const file = join(backups, 'during-writes.db');
		const out = execFileSync(process.execPath, ['scripts/backup.mjs', file], { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: dbFile } }).toString();
		const report = JSON.parse(out.trim().split('\n').pop()!);
		expect(report).toMatchObject({ event: 'backup.done', integrity: 'ok' });
		// A second generation into a directory, keeping one.
		execFileSync(process.execPath, ['scripts/backup.mjs', '--dir', backups, '--keep', '1'], { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: dbFile } });
		await writerDone;
		expect(Number(written), `the writer kept writing during the backup ${problems}`).toBeGreaterThan(100);

		const taken = counts(file);
		expect(taken.integrity).toBe('ok');
		// One moment: the writer's rows come in pairs, so a consistent copy holds an even number.
		const drill = new Database(file, { readonly: true });
		const { a, b } = drill.prepare(`SELECT sum(summary LIKE 'a%') AS a, sum(summary LIKE 'b%') AS b FROM audit_log WHERE action = 'drill.write'`).get() as { a: number; b: number };
		drill.close();
		expect(a).toBeGreaterThan(0);
		expect(a).toBe(b);
		expect(existsSync(`${file}-wal`)).toBe(false);

		// Restore into a fresh directory (the documented steps: stop, restore, start).
		const fresh = tempDir('restored');
		const target = join(fresh, 'traffpunkt.db');
		const restored = execFileSync(process.execPath, ['scripts/restore.mjs', file, '--db', target], { cwd: REPO_ROOT }).toString();
		expect(restored).toContain('"integrity":"ok"');
		const second = await startApp(portAt(32), { DATABASE_URL: target, ORIGIN: `http://127.0.0.1:${portAt(32)}`, DEMO_DATA: '1', OUTBOX_DIR: join(fresh, 'outbox') });
		try {
			expect(await (await fetch(`${second.url}/healthz`)).json()).toMatchObject({ ok: true, migrations: 'current' });
			expect((await fetch(`${second.url}/aktiviteter`)).status).toBe(200);
		} finally {
			await second.stop();
		}
		const after = counts(target);
		// The restored app may add its own rows at start (jobs); the data copied over is all there.
		for (const t of ['users', 'organisations', 'events', 'attendance', 'settings']) expect(after.rows[t], t).toBe(taken.rows[t]);
		expect(after.rows.audit_log).toBeGreaterThanOrEqual(taken.rows.audit_log);
		// The backup's own report named the same counts as the copy holds.
		for (const t of ['users', 'organisations', 'events', 'attendance']) expect(report.counts[t], t).toBe(taken.rows[t]);
		expect(after.integrity).toBe('ok');
	} finally {
		writer.kill();
		await app.stop();
	}
});
