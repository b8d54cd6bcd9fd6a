import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { counts, signupEvent } from './fixtures/signup-event';
import { signupTarget } from '../../src/lib/server/db/queries/signups';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WORKER = 'tests/integration/fixtures/signup-worker.ts';
const PROCESSES = 5;
const PER_PROCESS = 10;
const CAPACITY = 10;

type Report = { label: string; first: number; last: number; results: { id: number; status: string; at: number }[]; errors: string[] };

/** Starts one worker process; resolves `ready` once it has opened the database, `done` with its report. */
function startWorker(dbPath: string, occurrenceId: number, startFile: string, label: string) {
	const child = spawn(process.execPath, ['--import', 'tsx', WORKER, dbPath, String(occurrenceId), String(PER_PROCESS), startFile, label], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let out = '';
	let err = '';
	let markReady: () => void = () => {};
	const ready = new Promise<void>((r) => (markReady = r));
	child.stdout.on('data', (chunk: Buffer) => {
		out += chunk.toString();
		if (out.startsWith('ready\n')) markReady();
	});
	child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
	const done = new Promise<Report>((resolvePromise, reject) => {
		child.on('error', reject);
		child.on('exit', (code) => {
			markReady(); // never leave the parent waiting on a worker that died early
			const line = out.split('\n').find((l) => l.startsWith('{'));
			if (code !== 0 || !line) reject(new Error(`worker ${label} exited with ${code}: ${err || out}`));
			else resolvePromise(JSON.parse(line) as Report);
		});
	});
	return { ready, done, child };
}

describe('sign-ups from several processes at once', () => {
	it(`${PROCESSES * PER_PROCESS} simultaneous sign-ups for ${CAPACITY} places never confirm more than ${CAPACITY} people`, async () => {
		const { db, occurrences, path } = signupEvent({ capacity: CAPACITY });
		const occurrenceId = occurrences[0].id;
		// On PostgreSQL (TEST_BACKEND=postgres) `path` is the schema's address; the start file goes elsewhere.
		const startFile = join(path.includes('://') ? mkdtempSync(join(tmpdir(), 'traffpunkt-start-')) : dirname(path), 'start');

		const workers = Array.from({ length: PROCESSES }, (_, i) => startWorker(path, occurrenceId, startFile, `w${i}`));
		try {
			await Promise.all(workers.map((w) => w.ready));
			writeFileSync(startFile, String(Date.now()));
			const reports = await Promise.all(workers.map((w) => w.done));

			// Every call succeeded (busy_timeout + IMMEDIATE transactions queue the writers instead of failing).
			expect(reports.flatMap((r) => r.errors)).toEqual([]);
			const results = reports.flatMap((r) => r.results);
			expect(results).toHaveLength(PROCESSES * PER_PROCESS);

			// The database, read fresh: exactly the places, the rest waiting, nothing lost.
			expect(counts(db, occurrenceId)).toEqual({
				confirmedPeople: CAPACITY,
				confirmedRows: CAPACITY,
				waitingPeople: PROCESSES * PER_PROCESS - CAPACITY,
				waitingRows: PROCESSES * PER_PROCESS - CAPACITY,
				cancelledRows: 0,
				rows: PROCESSES * PER_PROCESS
			});
			expect(signupTarget(db, occurrenceId)).toMatchObject({ confirmedPeople: CAPACITY, waitingPeople: PROCESSES * PER_PROCESS - CAPACITY });
			// What the callers were told agrees with the table, and the first ten rows written are the confirmed ones.
			expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(CAPACITY);
			const rows = db.$client
				.prepare('SELECT id, name, status FROM signups WHERE occurrence_id = ? ORDER BY id')
				.all(occurrenceId) as { id: number; name: string; status: string }[];
			expect(rows.map((r) => r.status)).toEqual([...Array(CAPACITY).fill('confirmed'), ...Array(PROCESSES * PER_PROCESS - CAPACITY).fill('waiting')]);
			const told = new Map(results.map((r) => [r.id, r.status]));
			for (const row of rows) expect(told.get(row.id), row.name).toBe(row.status);

			// It really ran concurrently: at least two processes were busy signing people up at the same time.
			const overlapping = reports.some((a) => reports.some((b) => a !== b && a.first <= b.first && b.first <= a.last));
			expect(overlapping, `busy periods ${reports.map((r) => `${r.label} ${r.first}–${r.last}`).join(', ')}`).toBe(true);
		} finally {
			for (const w of workers) if (w.child.exitCode === null) w.child.kill();
		}
	}, 30_000);
});
