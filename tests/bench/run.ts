/**
 * `npm run bench`: seeds --scale 10 data, starts the built server on 127.0.0.1 and measures the main
 * public routes with autocannon, beside a trivial node:http server that returns the same bytes
 * (the ceiling for this machine). Also reports the gzip'd JavaScript each page ships.
 * Not part of `npm test`: figures go in the README. `--spread` measures many different filter URLs
 * with the caches off instead, per data scale (see spread.ts).
 */
import autocannon from 'autocannon';
import { spawn, execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { openDatabase } from '../../src/lib/server/db/index';
import { reportRows } from '../../src/lib/server/db/queries/attendance';
import { listDistricts } from '../../src/lib/server/db/queries/places';
import { aggregate, coverage } from '../../src/lib/domain/reporting';
import { join } from 'node:path';

const PORT = 4300;
const REF_PORT = 4301;
const DB = 'tests/.tmp/bench.db';
const base = `http://127.0.0.1:${PORT}`;
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const buildDir = process.env.BUILD_DIR ?? 'build';

if (process.argv.includes('--report-only')) {
	reportBench();
	process.exit(0);
}
if (process.argv.includes('--spread')) {
	if (!process.argv.includes('--no-build') || !existsSync(join(buildDir, 'index.js'))) execSync('npx vite build', { stdio: 'inherit' });
	const { spreadBench } = await import('./spread');
	await spreadBench(buildDir);
	process.exit(0);
}
if (!process.argv.includes('--no-seed')) execSync(`npx tsx src/lib/server/seed/cli.ts --scale 10 --db ${DB}`, { stdio: 'inherit' });
// Always measure the code as it is now (a stale build would report old figures); --no-build to skip.
if (!process.argv.includes('--no-build') || !existsSync(join(buildDir, 'index.js'))) execSync('npx vite build', { stdio: 'inherit' });

const server = spawn('node', [buildDir], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: base, DATABASE_URL: DB, PUBLIC_TILE_URL: '' },
	stdio: 'inherit'
});
for (let i = 0; i < 100; i++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {
		/* not up yet */
	}
	await new Promise((r) => setTimeout(r, 200));
}

const districtSlug = ((await (await fetch(`${base}/api/v1/stadsdelar`)).json()) as { features: { id: string }[] }).features[0].id;
const filtered = `stadsdel=${districtSlug}&kategori=motion`;
const routes = [
	'/',
	'/aktiviteter',
	`/aktiviteter?${filtered}`,
	`/api/v1/aktiviteter?${filtered}`,
	'/aktiviteter/1',
	'/platser',
	`/karta?${filtered}`,
	`/program?stadsdel=${districtSlug}`
];

async function measure(url: string) {
	const r = await autocannon({ url, connections: 10, duration, workers: 0 });
	return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

/** Gzip'd bytes of every JavaScript file the page loads in a real browser (map code included). */
async function jsBytes(path: string) {
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	const page = await browser.newPage();
	const sizes: Promise<number>[] = [];
	page.on('response', (res) => {
		if (res.url().endsWith('.js')) sizes.push(res.body().then((b) => gzipSync(b).length));
	});
	await page.goto(base + path, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);
	const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
	await browser.close();
	return total;
}

const rows: string[] = [];
for (const route of routes) {
	const app = await measure(base + route);
	const res = await fetch(base + route);
	const bytes = Buffer.from(await res.arrayBuffer());
	const type = res.headers.get('content-type') ?? 'text/html';
	const ref = createServer((_, out) => {
		out.writeHead(200, { 'content-type': type, 'content-length': bytes.length });
		out.end(bytes);
	});
	await new Promise<void>((r) => ref.listen(REF_PORT, '127.0.0.1', r));
	const reference = await measure(`http://127.0.0.1:${REF_PORT}/`);
	await new Promise((r) => ref.close(r));
	rows.push(`| ${route} | ${app.rps} | ${app.p50} | ${app.p99} | ${app.errors} | ${reference.rps} | ${reference.p99} |`);
	console.log(rows.at(-1));
}
console.log('\n| route | req/s | p50 ms | p99 ms | errors | reference req/s | reference p99 ms |\n|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
server.kill();

/** The same two routes with both caches off: every request renders and queries SQLite. */
const cold = spawn('node', [buildDir], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: base, DATABASE_URL: DB, PUBLIC_TILE_URL: '', PAGE_CACHE: '0', QUERY_CACHE: '0' },
	stdio: 'inherit'
});
for (let i = 0; i < 100; i++) {
	try {
		if ((await fetch(base)).ok) break;
	} catch {
		/* not up yet */
	}
	await new Promise((r) => setTimeout(r, 200));
}
console.log('\n| uncached route | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|');
for (const route of [`/aktiviteter?${filtered}`, `/api/v1/aktiviteter?${filtered}`]) {
	const r = await measure(base + route);
	console.log(`| ${route} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`);
}

console.log('\n| page | JavaScript, gzip |\n|---|---|');
for (const page of ['/', '/aktiviteter', '/aktiviteter/1', '/platser', '/karta']) console.log(`| ${page} | ${((await jsBytes(page)) / 1024).toFixed(1)} KB |`);
cold.kill();

/** A year's report computed from scratch (no cache): rows from SQLite, two-way table, trend, coverage. */
function reportBench() {
	const db = openDatabase(DB);
	const attendanceRows = (db.$client.prepare('SELECT count(*) AS n FROM attendance').get() as { n: number }).n;
	const year = String(new Date().getFullYear() - 1);
	const times: number[] = [];
	let rowsInYear = 0;
	for (let i = 0; i < 15; i++) {
		const t0 = performance.now();
		const rows = reportRows(db, `${year}-01-01`, `${year}-12-31`);
		aggregate(rows, ['district', 'category']);
		aggregate(rows, ['month']);
		coverage(rows, listDistricts(db).map((d) => ({ name: d.name, residents65Plus: d.residents65Plus })));
		times.push(performance.now() - t0);
		rowsInYear = rows.length;
	}
	times.sort((a, b) => a - b);
	console.log(`\n| report | rows | median ms | max ms |\n|---|---|---|---|`);
	console.log(`| year ${year}, district × category + trend + coverage (${attendanceRows} attendance rows in the db) | ${rowsInYear} dates | ${times[7].toFixed(0)} | ${times.at(-1)!.toFixed(0)} |`);
	db.$client.close();
}
reportBench();

