/**
 * `npm run bench -- --spread [--scales 1,10,50] [--urls 1000] [--processes 1,2] [--backends sqlite,postgres] [--no-seed]`: many different filter
 * URLs with both caches off (`PAGE_CACHE=0 QUERY_CACHE=0`), so that every request is computed,
 * beside a node:http server that returns each URL's own bytes; per scale also the time from start
 * to the first response, the latency while the date-extension job runs at start, and the first
 * request after a write. Figures go in the README ("Performance").
 *
 * `--backends postgres` runs the same on PostgreSQL: a throwaway server (tests/integration/support/
 * postgres.ts, started here), the seeded SQLite file copied into a new schema with
 * `migrate-to-postgres` for every run, and the app started with `DATABASE_URL=postgres://…?schema=…`.
 * The URLs, the reference bytes' sizes and the sign-up slot come from the same seeded file.
 */
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/index';
import { buildIndex, refreshIndex, reloadIndex } from '../../src/lib/server/search-index/live';
import { openDatabase } from '../../src/lib/server/db/index';
import type { PostgresConnection } from '../../src/lib/server/db/pg-sync';
import { startPostgres, type TestPostgres } from '../integration/support/postgres';
import pg from 'pg';

const PORT = 4420;
const REF_PORT = 4421;
const base = `http://127.0.0.1:${PORT}`;
const duration = Number(process.env.BENCH_SECONDS ?? 10);

function prng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Vocab = Record<'districts' | 'categories' | 'languages' | 'audiences' | 'words', string[]>;

function readVocab(db: string): Vocab {
	const c = new Database(db, { readonly: true });
	const col = (sql: string) => (c.prepare(sql).all() as { v: string }[]).map((r) => r.v);
	const titles = col(`SELECT DISTINCT r.title AS v FROM events e JOIN event_revisions r ON r.id = e.published_revision_id`);
	const vocab = {
		districts: col('SELECT slug AS v FROM districts'),
		categories: col('SELECT slug AS v FROM categories'),
		languages: col('SELECT code AS v FROM languages'),
		audiences: col('SELECT slug AS v FROM audiences'),
		words: [...new Set(titles.flatMap((t) => t.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []))]
	};
	c.close();
	return vocab;
}

/** Distinct filter queries as residents combine them: one to four choices, sometimes a word or a page. */
export function randomQueries(vocab: Vocab, count: number, seed = 14): string[] {
	const rand = prng(seed);
	const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
	const out = new Set<string>();
	const choices: (() => [string, string])[] = [
		() => ['stadsdel', pick(vocab.districts)],
		() => ['kategori', pick(vocab.categories)],
		() => ['dag', pick(['man', 'tis', 'ons', 'tor', 'fre', 'lor', 'son'])],
		() => ['tid', pick(['fm', 'em', 'kvall'])],
		() => ['gratis', '1'],
		() => ['utan-anmalan', '1'],
		() => ['tillganglighet', pick(['rullstol', 'horslinga', 'toalett', 'parkering'])],
		() => ['sprak', pick(vocab.languages)],
		() => ['malgrupp', pick(vocab.audiences)],
		() => ['nar', pick(['idag', 'imorgon', 'denna-vecka', 'nasta-vecka'])],
		() => ['q', pick(vocab.words)]
	];
	while (out.size < count) {
		const p = new URLSearchParams();
		const n = 1 + Math.floor(rand() * 4);
		for (let i = 0; i < n; i++) {
			const [k, v] = pick(choices)();
			if (!p.getAll(k).includes(v)) p.append(k, v);
		}
		if (rand() < 0.15) p.set('sida', String(2 + Math.floor(rand() * 3)));
		out.add(p.toString());
	}
	return [...out];
}

async function waitUp(url: string, timeoutMs = 300_000) {
	const started = performance.now();
	while (performance.now() - started < timeoutMs) {
		try {
			if ((await fetch(url)).ok) return performance.now() - started;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 10));
	}
	throw new Error(`${url} did not answer`);
}

type Result = { rps: number; p50: number; p99: number; max: number; errors: number };

/** autocannon -c 10 cycling through `paths` (each connection takes the next path in turn). */
async function spread(origin: string, paths: string[], seconds = duration): Promise<Result> {
	let next = 0;
	const r = await autocannon({
		url: origin,
		connections: 10,
		duration: seconds,
		workers: 0,
		requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[next++ % paths.length] }) }]
	});
	return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, errors: r.errors + r.non2xx };
}

/** A node:http server answering each path with the bytes and type the app gave for it. */
async function referenceFor(paths: string[]) {
	const answers = new Map<string, { type: string; body: Buffer }>();
	for (const path of paths) {
		const res = await fetch(base + path);
		answers.set(path, { type: res.headers.get('content-type') ?? 'text/html', body: Buffer.from(await res.arrayBuffer()) });
	}
	const server = createServer((req, out) => {
		const a = answers.get(req.url ?? '')!;
		out.writeHead(200, { 'content-type': a.type, 'content-length': a.body.length });
		out.end(a.body);
	});
	await new Promise<void>((r) => server.listen(REF_PORT, '127.0.0.1', r));
	const sizes = [...answers.values()].map((a) => a.body.length).sort((x, y) => x - y);
	return { server, medianBytes: sizes[Math.floor(sizes.length / 2)] };
}

/** One sign-up through the public form (a write that calls invalidateCache), then one new filter URL. */
async function firstAfterWrite(seeded: string, queries: string[], rounds = 10) {
	const c = new Database(seeded, { readonly: true });
	const slot = c
		.prepare(
			`SELECT e.id AS eventId, o.id AS occurrenceId FROM occurrences o JOIN events e ON e.id = o.event_id AND e.status = 'published'
			 JOIN event_revisions r ON r.id = e.published_revision_id
			 WHERE r.signup_online = 1 AND o.cancelled = 0 AND o.starts_at > ? ORDER BY o.starts_at LIMIT 1 OFFSET 40`
		)
		.get(Date.now() + 7 * 86_400_000) as { eventId: number; occurrenceId: number } | undefined;
	c.close();
	if (!slot) return null;
	const times: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const res = await fetch(`${base}/aktiviteter/${slot.eventId}/anmalan/${slot.occurrenceId}`, {
			method: 'POST',
			headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ name: `Bänk ${i}`, phone: '0586-123 45', people: '1' })
		});
		if (!res.ok) throw new Error(`sign-up failed: ${res.status}`);
		await res.arrayBuffer();
		const t0 = performance.now();
		const page = await fetch(`${base}/aktiviteter?${queries[(i * 37) % queries.length]}`);
		await page.arrayBuffer();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)], max: times.at(-1)! };
}

/** In this process: the index's refresh for one activity (a write with ids) and a full re-read (without). */
function refreshTimes(url: string) {
	const sqlite = isPg(url) ? null : new Database(url, { readonly: true });
	const db = sqlite ? (Object.assign(drizzle(sqlite, { schema }), { $client: sqlite }) as unknown as Db) : openDatabase(url);
	const index = buildIndex(db);
	const ids = [...index.slotOf.keys()];
	const time = (fn: () => void) => {
		const t0 = performance.now();
		fn();
		return performance.now() - t0;
	};
	const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
	const one = median(Array.from({ length: 21 }, (_, i) => time(() => refreshIndex(index, db, { eventIds: [ids[(i * 97) % ids.length]] }))));
	const all = median(Array.from({ length: 5 }, () => time(() => reloadIndex(index, db))));
	if (sqlite) sqlite.close();
	else (db.$client as unknown as PostgresConnection).close();
	return { one, all };
}

/** The production entry (server.js) on `buildDir`; `processes` > 1 runs that many on the port (APP_PROCESSES). */
function start(db: string, buildDir: string, processes = 1): ChildProcess {
	return spawn('node', ['server.js'], {
		env: { ...process.env, BUILD_DIR: buildDir, APP_PROCESSES: String(processes), PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: base, DATABASE_URL: db, PUBLIC_TILE_URL: '', PAGE_CACHE: '0', QUERY_CACHE: '0', DEMO_DATA: '1' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
}

/** Resolves when the server logs that the start-up date extension is done. */
function extensionDone(server: ChildProcess) {
	return new Promise<void>((resolve) => {
		server.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Extended the dates')) resolve();
		});
	});
}

const fmt = (r: Result) => `${r.rps} | ${r.p50} | ${r.p99}`;
const isPg = (url: string) => url.startsWith('postgres://');

/** Dates from today on, in the database the server ran on. */
async function datesAhead(url: string): Promise<number> {
	const today = new Date().toISOString().slice(0, 10);
	if (!isPg(url)) {
		const c = new Database(url, { readonly: true });
		const n = (c.prepare(`SELECT count(*) AS n FROM occurrences WHERE local_date >= ?`).get(today) as { n: number }).n;
		c.close();
		return n;
	}
	const u = new URL(url);
	const schemaName = u.searchParams.get('schema')!;
	u.searchParams.delete('schema');
	const client = new pg.Client({ connectionString: u.toString() });
	await client.connect();
	const r = await client.query(`SELECT count(*)::int AS n FROM "${schemaName}".occurrences WHERE local_date >= $1`, [today]);
	await client.end();
	return r.rows[0].n;
}

/** A fresh database for one run: a copy of the seeded file, or the file copied into a new PostgreSQL schema. */
function freshDatabase(seeded: string, server: TestPostgres | null, label: string): { url: string; copySeconds?: number } {
	if (!server) {
		const db = `tests/.tmp/bench-run.db`;
		for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
		copyFileSync(seeded, db);
		return { url: db };
	}
	const url = `${server.url}?schema=${label}_${Date.now()}`;
	const t0 = performance.now();
	execSync(`npx tsx src/lib/server/db/migrate-to-postgres.ts ${seeded} --to '${url}'`, { stdio: ['ignore', 'ignore', 'inherit'] });
	return { url, copySeconds: (performance.now() - t0) / 1000 };
}

export async function spreadBench(buildDir: string) {
	const arg = (name: string, fallback: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i >= 0 ? process.argv[i + 1] : fallback;
	};
	const scales = arg('scales', '1,10,50').split(',').map(Number);
	const count = Number(arg('urls', '1000'));
	const processCounts = arg('processes', '1').split(',').map(Number);
	const backends = arg('backends', 'sqlite').split(',');
	const postgres = backends.includes('postgres') ? await startPostgres() : null;
	const rows: string[] = [];
	const growth: string[] = [];
	try {
	for (const scale of scales) {
		const seeded = `tests/.tmp/bench-scale${scale}.db`;
		if (!existsSync(seeded) || !process.argv.includes('--no-seed'))
			execSync(`npx tsx src/lib/server/seed/cli.ts --scale ${scale} --db ${seeded}`, { stdio: 'inherit' });
		const vocab = readVocab(seeded);
		const queries = randomQueries(vocab, count);
		for (const backend of backends) {
		// Writes (the sign-ups below, the extension job) go to a copy: every run starts alike.
		const { url: db, copySeconds } = freshDatabase(seeded, backend === 'postgres' ? postgres : null, `bench${scale}`);
		if (copySeconds) console.log(`scale ${scale}: copied into PostgreSQL in ${copySeconds.toFixed(1)} s`);
		const label = backend === 'postgres' ? 'PostgreSQL' : 'SQLite';
		const spawned = performance.now();
		const server = start(db, buildDir);
		const extended = extensionDone(server);
		await waitUp(`${base}/aktiviteter?${queries[0]}`);
		const startup = performance.now() - spawned;
		// The extension job starts with the server and re-plans every event's dates in slices.
		// A few requests first, so that loading the route's code is not counted as the job's doing.
		for (const q of queries.slice(1, 21)) await (await fetch(`${base}/aktiviteter?${q}`)).arrayBuffer();
		const duringJob = await spread(base, queries.slice(500).map((q) => `/aktiviteter?${q}`), 5);
		// The steady state is measured once the job is done.
		await extended;
		const dates = { n: await datesAhead(db) };
		const afterWrite = await firstAfterWrite(seeded, queries);
		const refresh = refreshTimes(db);
		const measured: Record<string, { app: Result; ref: Result; bytes: number }> = {};
		for (const route of ['/aktiviteter', '/api/v1/aktiviteter', '/karta', '/kalender.ics']) {
			// A calendar holds 90 days, up to 3,000 dates (up to about 1.7 MB each): fewer URLs there.
			const paths = queries.slice(0, route === '/kalender.ics' ? 100 : count).map((q) => `${route}?${q}`);
			const app = await spread(base, paths);
			const { server: ref, medianBytes } = await referenceFor(paths);
			const reference = await spread(`http://127.0.0.1:${REF_PORT}`, paths);
			await new Promise((r) => ref.close(r));
			measured[route] = { app, ref: reference, bytes: medianBytes };
			rows.push(`| ${scale} | ${label} | ${route} (${paths.length} URLs) | ${fmt(app)} | ${app.errors} | ${(medianBytes / 1024).toFixed(0)} KB | ${reference.rps} | ${reference.p99} |`);
			console.log(rows.at(-1));
		}
		growth.push(
			`| ${scale} | ${label} | ${dates.n} | ${(startup / 1000).toFixed(2)} s | ${duringJob.p99} / ${duringJob.max} ms | ${afterWrite ? `${afterWrite.median.toFixed(0)} / ${afterWrite.max.toFixed(0)} ms` : '–'} | ${refresh.one.toFixed(1)} / ${refresh.all.toFixed(0)} ms | ${fmt(measured['/aktiviteter'].app)} | ${fmt(measured['/api/v1/aktiviteter'].app)} |`
		);
		console.log(growth.at(-1));
		server.kill();
		await new Promise((r) => server.once('exit', r));
		// The same URLs with more app processes on the same database (one per core).
		for (const n of processCounts.filter((n) => n > 1)) {
			const many = start(db, buildDir, n);
			await waitUp(`${base}/aktiviteter?${queries[0]}`);
			await new Promise((r) => setTimeout(r, 3_000)); // the other processes start once the first listens
			for (const q of queries.slice(1, 41)) await (await fetch(`${base}/aktiviteter?${q}`)).arrayBuffer();
			for (const route of ['/aktiviteter', '/api/v1/aktiviteter', '/karta']) {
				const paths = queries.slice(0, count).map((q) => `${route}?${q}`);
				const app = await spread(base, paths);
				const ref = measured[route].ref;
				rows.push(`| ${scale} | ${label} | ${route} (${paths.length} URLs, ${n} processes) | ${fmt(app)} | ${app.errors} | ${(measured[route].bytes / 1024).toFixed(0)} KB | ${ref.rps} | ${ref.p99} |`);
				console.log(rows.at(-1));
			}
			many.kill('SIGTERM');
			await new Promise((r) => many.once('exit', r));
		}
		}
	}
	} finally {
		postgres?.stop();
	}
	console.log(`\nDistinct filter URLs per route as shown, PAGE_CACHE=0 QUERY_CACHE=0, autocannon -c 10, ${duration} s per route\n`);
	console.log('| scale | backend | route | req/s | p50 ms | p99 ms | errors | median size | reference req/s | reference p99 ms |\n|---|---|---|---|---|---|---|---|---|---|');
	console.log(rows.join('\n'));
	console.log('\n| scale | backend | dates ahead | start to first response | p99 / max while the extension job runs | first request after a sign-up (median / max of 10) | index refresh: one activity / everything | list req/s | list p50 ms | list p99 ms | API req/s | API p50 ms | API p99 ms |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|');
	console.log(growth.join('\n'));
}
