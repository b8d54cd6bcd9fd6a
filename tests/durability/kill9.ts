/**
 * Kill -9 durability: the built server on its own database takes concurrent writes (public sign-ups,
 * staff publishing new events, staff editing published ones, organisers submitting), is killed with
 * SIGKILL at a random moment, restarted, and checked: integrity_check, foreign_key_check, every
 * write the server acknowledged is there, and text search agrees with the published events.
 *
 *   npx tsx tests/durability/kill9.ts [--cycles 50] [--port 4185] [--build build]
 *
 * Writes tests/.tmp/durability.json ({ cycles, acknowledged, lost, problems }) for the test summary.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';

const arg = (name: string, fallback: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const CYCLES = Number(arg('cycles', '5'));
// Not 4190: fetch refuses the "bad ports" of the WHATWG list (4190 is ManageSieve).
const PORT = Number(arg('port', '4185'));
const BUILD = arg('build', process.env.BUILD_DIR ?? 'build');
const BASE = `http://127.0.0.1:${PORT}`;
const DB = `tests/.tmp/durability-${PORT}.db`;
const PASSWORD = 'traffpunkt-demo';

let server: ChildProcess | null = null;
const problems: string[] = [];
let ip = 0;

function start() {
	killing = false;
	server = spawn(process.execPath, ['server.js'], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: BASE, DATABASE_URL: DB, DEMO_DATA: '1', BUILD_DIR: BUILD, ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1', OUTBOX_DIR: 'tests/.tmp/durability-outbox', PUBLIC_TILE_URL: '' },
		stdio: ['ignore', process.env.KILL9_DEBUG ? 'inherit' : 'ignore', 'pipe']
	});
	let err = '';
	server.stderr?.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-2000)));
	server.once('exit', (code) => code && code !== 0 && !killing && console.error(`server exited with ${code}: ${err}`));
}

async function ready(timeoutMs = 120_000) {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		try {
			const res = await fetch(`${BASE}/healthz`, { headers: { 'x-forwarded-for': '10.255.255.1' } });
			if (res.ok) return;
			if (process.env.KILL9_DEBUG) console.log(res.status, await res.text());
		} catch (e) {
			if (process.env.KILL9_DEBUG) console.log(String(e), String((e as { cause?: unknown }).cause));
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('the server did not start');
}

let killing = false;

function kill() {
	killing = true;
	return new Promise<void>((resolve) => {
		if (!server || server.exitCode !== null) return resolve();
		server.once('exit', () => resolve());
		server.kill('SIGKILL');
	});
}

/** A form post as a browser makes it, from its own client address (behind a trusted proxy). */
async function post(path: string, fields: Record<string, string | string[]>, cookie = '') {
	const body = new URLSearchParams();
	for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
	ip++;
	return fetch(`${BASE}${path}`, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: BASE, cookie, 'x-forwarded-for': `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}` }
	});
}

async function signIn(email: string) {
	const res = await post('/konto/logga-in', { email, password: PASSWORD });
	const cookie = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith('traffpunkt_session='));
	if (!cookie) throw new Error(`could not sign in as ${email} (${res.status})`);
	return cookie;
}

type Ack =
	| { kind: 'signup'; token: string }
	| { kind: 'publish'; eventId: number; title: string }
	| { kind: 'edit'; eventId: number; title: string }
	| { kind: 'submit'; eventId: number; title: string };

const nextWeekday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function eventFields(title: string) {
	return {
		title, summary: 'En kort sammanfattning.', description: 'Skriven under belastning.', category: 'motion', venue: 'telefon', remoteDetails: 'Ring 0586-100 00',
		scheduleKind: 'weekly', weekdays: ['3'], frequency: '1', startDate: nextWeekday(3), startTime: '10:00', endTime: '11:00', costKind: 'free', holidays: 'skip', languages: ['sv'], intent: 'submit'
	};
}

/** One writer: keeps writing until told to stop; records what the server acknowledged. */
async function writer(kind: Ack['kind'], ctx: { staff: string; organiser: string; slots: { eventId: number; occurrenceId: number }[]; editable: number[] }, acks: Ack[], stop: { now: boolean }, cycle: number) {
	for (let i = 0; !stop.now; i++) {
		try {
			if (process.env.KILL9_DEBUG && i === 0) console.log('writer', kind);
			const tag = `k9-${cycle}-${kind}-${i}-${Math.random().toString(36).slice(2, 8)}`;
			if (kind === 'signup') {
				const slot = ctx.slots[i % ctx.slots.length];
				const res = await post(`/aktiviteter/${slot.eventId}/anmalan/${slot.occurrenceId}`, { name: `Person ${tag}`, phone: `070-${String(i).padStart(7, '0')}`, email: '', people: '1', message: '', nyckel: tag.padEnd(24, 'x') });
				const m = /\/anmalan\/kvitto\/([A-Za-z0-9_-]+)/.exec(res.headers.get('location') ?? '');
				if (res.status === 303 && m) acks.push({ kind, token: m[1] });
				else if (process.env.KILL9_DEBUG) console.log(kind, res.status, res.headers.get('location'), (await res.text()).slice(0, 200));
			} else if (kind === 'publish') {
				const res = await post('/personal/aktiviteter/ny', { ...eventFields(`Ny ${tag}`), organisationId: '1' }, ctx.staff);
				const m = /\/personal\/aktiviteter\/(\d+)\?publicerad/.exec(res.headers.get('location') ?? '');
				if (res.status === 303 && m) acks.push({ kind, eventId: Number(m[1]), title: `Ny ${tag}` });
				else if (process.env.KILL9_DEBUG) console.log(kind, res.status, res.headers.get('location'));
			} else if (kind === 'edit') {
				const eventId = ctx.editable[i % ctx.editable.length];
				const res = await post(`/personal/aktiviteter/${eventId}/redigera`, { ...eventFields(`Ändrad ${tag}`) }, ctx.staff);
				if (res.status === 303 && /publicerad/.test(res.headers.get('location') ?? '')) acks.push({ kind, eventId, title: `Ändrad ${tag}` });
			} else {
				const res = await post('/forening/aktiviteter/ny', eventFields(`Förslag ${tag}`), ctx.organiser);
				const m = /\/forening\/aktiviteter\/(\d+)\?skickad/.exec(res.headers.get('location') ?? '');
				if (res.status === 303 && m) acks.push({ kind, eventId: Number(m[1]), title: `Förslag ${tag}` });
			}
		} catch {
			// The server died mid-request: that write was never acknowledged.
		}
	}
}

function check(acks: Ack[], cycle: number) {
	const db = new Database(DB, { readonly: true });
	try {
		const integrity = db.pragma('integrity_check', { simple: true });
		if (integrity !== 'ok') problems.push(`cycle ${cycle}: integrity_check says ${integrity}`);
		const fk = db.pragma('foreign_key_check') as unknown[];
		if (fk.length) problems.push(`cycle ${cycle}: ${fk.length} foreign key violations`);
		// The last acknowledged title of each edited event is the one published (later ones may not have been acknowledged).
		const lastEdit = new Map<number, string>();
		for (const a of acks) if (a.kind === 'edit') lastEdit.set(a.eventId, a.title);
		for (const a of acks) {
			if (a.kind === 'signup') {
				const hash = createHash('sha256').update(a.token).digest('hex');
				if (!db.prepare('SELECT 1 FROM signups WHERE cancel_token_hash = ?').get(hash)) problems.push(`cycle ${cycle}: an acknowledged sign-up is missing`);
			} else if (a.kind === 'publish') {
				const row = db.prepare(`SELECT e.status, r.title FROM events e JOIN event_revisions r ON r.id = e.published_revision_id WHERE e.id = ?`).get(a.eventId) as { status: string; title: string } | undefined;
				if (row?.status !== 'published' || row.title !== a.title) problems.push(`cycle ${cycle}: published event ${a.eventId} is ${JSON.stringify(row)}`);
				const dates = db.prepare('SELECT count(*) AS n FROM occurrences WHERE event_id = ?').get(a.eventId) as { n: number };
				if (!dates.n) problems.push(`cycle ${cycle}: published event ${a.eventId} has no dates`);
			} else if (a.kind === 'submit') {
				const row = db.prepare(`SELECT r.status, r.title FROM events e JOIN event_revisions r ON r.id = e.latest_revision_id WHERE e.id = ?`).get(a.eventId) as { status: string; title: string } | undefined;
				if (row?.status !== 'pending' || row.title !== a.title) problems.push(`cycle ${cycle}: submitted event ${a.eventId} is ${JSON.stringify(row)}`);
			}
		}
		for (const [eventId, title] of lastEdit) {
			const titles = (db.prepare(`SELECT r.title FROM event_revisions r WHERE r.event_id = ? AND r.status IN ('approved', 'superseded')`).all(eventId) as { title: string }[]).map((r) => r.title);
			if (!titles.includes(title)) problems.push(`cycle ${cycle}: the acknowledged edit "${title}" of event ${eventId} is missing`);
		}
		// Search agrees with what is published: one row per published or cancelled event, with its title.
		const mismatch = db
			.prepare(
				`SELECT e.id FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
				 LEFT JOIN event_search s ON s.rowid = e.id WHERE e.status IN ('published', 'cancelled') AND (s.rowid IS NULL OR s.title != r.title)`
			)
			.all() as { id: number }[];
		if (mismatch.length) problems.push(`cycle ${cycle}: search disagrees for events ${mismatch.map((m) => m.id).join(', ')}`);
		const strays = db.prepare(`SELECT count(*) AS n FROM event_search s LEFT JOIN events e ON e.id = s.rowid WHERE e.id IS NULL OR e.status NOT IN ('published', 'cancelled')`).get() as { n: number };
		if (strays.n) problems.push(`cycle ${cycle}: ${strays.n} search rows for events that are not public`);
	} finally {
		db.close();
	}
}

async function main() {
	mkdirSync('tests/.tmp', { recursive: true });
	rmSync(DB, { force: true });
	for (const suffix of ['-wal', '-shm']) rmSync(DB + suffix, { force: true });
	start();
	await ready();
	const seeded = new Database(DB, { readonly: true });
	const slots = seeded
		.prepare(
			`SELECT e.id AS eventId, o.id AS occurrenceId FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
			 JOIN occurrences o ON o.event_id = e.id AND o.starts_at > ? AND o.cancelled = 0
			 WHERE e.status = 'published' AND r.signup_online = 1 AND r.signup_deadline_hours IS NULL ORDER BY o.starts_at LIMIT 40`
		)
		.all(Date.now() + 2 * 86_400_000) as { eventId: number; occurrenceId: number }[];
	const editable = (seeded.prepare(`SELECT id FROM events WHERE status = 'published' ORDER BY id LIMIT 6`).all() as { id: number }[]).map((r) => r.id);
	seeded.close();
	const staff = await signIn('personal@demo.invalid');
	const organiser = await signIn('forening@demo.invalid');
	const all: Ack[] = [];
	const started = Date.now();
	for (let cycle = 1; cycle <= CYCLES; cycle++) {
		const acks: Ack[] = [];
		const stop = { now: false };
		const ctx = { staff, organiser, slots, editable };
		const writers = (['signup', 'signup', 'publish', 'edit', 'submit'] as const).map((kind) => writer(kind, ctx, acks, stop, cycle));
		await new Promise((r) => setTimeout(r, 300 + Math.random() * 1500));
		await kill();
		stop.now = true;
		await Promise.all(writers);
		all.push(...acks);
		check(all, cycle);
		start();
		await ready();
	}
	await kill();
	const counts = Object.fromEntries((['signup', 'publish', 'edit', 'submit'] as const).map((k) => [k, all.filter((a) => a.kind === k).length]));
	const summary = { cycles: CYCLES, acknowledged: all.length, byKind: counts, problems, seconds: Math.round((Date.now() - started) / 1000) };
	writeFileSync('tests/.tmp/durability.json', JSON.stringify(summary, null, 1));
	console.log(`kill -9 durability: ${CYCLES} cycles, ${all.length} acknowledged writes (${JSON.stringify(counts)}), ${problems.length} problems, ${summary.seconds} s`);
	for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
	process.exit(problems.length ? 1 : 0);
}

main().catch(async (e) => {
	console.error(e);
	await kill();
	writeFileSync('tests/.tmp/durability.json', JSON.stringify({ cycles: 0, acknowledged: 0, problems: [String(e)] }));
	process.exit(1);
});
