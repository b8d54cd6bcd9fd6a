import { expect, test, request as playwrightRequest } from '@playwright/test';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fetchAgain as fetch, portAt, startApp, tempDir, type App } from '../support/servers';
import { startPostgres, type TestPostgres } from '../../integration/support/postgres';
import { PostgresConnection } from '../../../src/lib/server/db/pg-sync';

/**
 * Two app processes on one database, as an operator scales out: a write made through one is seen by
 * the other — its response cache and its search index — within a second, through the change feed in
 * the database (on PostgreSQL announced with LISTEN/NOTIFY); the start-up upkeep runs in one of them
 * only. Then the same with APP_PROCESSES=2 (node:cluster): every answer agrees whichever process
 * gives it. Both on the embedded SQLite file and on a PostgreSQL server this spec starts itself
 * (from POSTGRES_BIN or Debian's package, which tests/run-all.sh installs when missing).
 */
test.describe.configure({ mode: 'serial' });

const DEMO_PASSWORD = 'traffpunkt-demo';

async function signedIn(app: App, email: string) {
	const ctx = await playwrightRequest.newContext({ baseURL: app.url });
	const res = await ctx.post('/konto/logga-in', { form: { email, password: DEMO_PASSWORD }, headers: { Origin: app.url, Accept: 'text/html' }, maxRedirects: 0 });
	expect(res.status()).toBe(303);
	return ctx;
}

/** A published weekly event's date a week or more ahead, with its title. */
function someDate(database: string) {
	const db = database.startsWith('postgres') ? (new PostgresConnection(database) as unknown as Database.Database) : new Database(database, { readonly: true });
	try {
		return db
			.prepare(
				`SELECT o.id AS occurrenceId, o.event_id AS eventId, o.local_date AS day, r.title FROM occurrences o
				 JOIN events e ON e.id = o.event_id AND e.status = 'published' JOIN event_revisions r ON r.id = e.published_revision_id
				 WHERE o.cancelled = 0 AND o.starts_at > ? ORDER BY o.starts_at LIMIT 1 OFFSET 30`
			)
			.get(Date.now() + 7 * 86_400_000) as { occurrenceId: number; eventId: number; day: string; title: string };
	} finally {
		db.close();
	}
}

async function apiSaysCancelled(app: App, d: ReturnType<typeof someDate>) {
	const res = await fetch(`${app.url}/api/v1/aktiviteter?fran=${d.day}&till=${d.day}&q=${encodeURIComponent(d.title)}`);
	const body = (await res.json()) as { items: { id: number; cancelled: boolean }[] };
	return body.items.find((i) => i.id === d.occurrenceId)?.cancelled;
}

/** Polls until `check` holds; returns the milliseconds it took. */
async function within(ms: number, check: () => Promise<boolean>) {
	const t0 = Date.now();
	while (!(await check())) {
		if (Date.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
		await new Promise((r) => setTimeout(r, 25));
	}
	return Date.now() - t0;
}

/** Where the processes keep their data: a file in `dir`, or a new schema on the PostgreSQL server. */
type Backend = { name: string; database: (dir: string, name: string) => string };
let postgres: TestPostgres | undefined;
const backends: Backend[] = [
	{ name: 'SQLite file', database: (dir, name) => join(dir, `${name}.db`) },
	{ name: 'PostgreSQL', database: (_dir, name) => `${postgres!.url}?schema=${name}_${Date.now()}` }
];

test.afterAll(() => postgres?.stop());

for (const backend of backends) test.describe(backend.name, () => {
	test.beforeAll(async () => {
		if (backend.name === 'PostgreSQL') postgres ??= await startPostgres();
	});

	test('a write through one process reaches the other within a second; the upkeep runs once', async () => {
		test.setTimeout(180_000);
		const dir = tempDir('two');
		const database = backend.database(dir, 'shared');
		const env = (port: number) => ({ DATABASE_URL: database, DEMO_DATA: '1', ORIGIN: `http://127.0.0.1:${port}`, OUTBOX_DIR: join(dir, 'outbox') });
		// The first process creates and seeds the database; the second joins it afterwards.
		const a = await startApp(portAt(51), env(portAt(51)));
		let b: App | undefined;
		try {
			await expect.poll(() => a.output(), { timeout: 90_000 }).toContain('Extended the dates');
			b = await startApp(portAt(52), env(portAt(52)));
			const d = someDate(database);
			const eventPage = () => fetch(`${b!.url}/aktiviteter/${d.eventId}`).then((r) => r.text());
			// B has both answers in its caches before the write.
			expect(await apiSaysCancelled(b, d)).toBe(false);
			expect(await eventPage()).not.toContain('Två processer');

			const staff = await signedIn(a, 'personal@demo.invalid');
			const res = await staff.post(`/personal/aktiviteter/${d.eventId}?/cancelDate`, {
				form: { occurrence: String(d.occurrenceId), note: 'Två processer: inställt' },
				headers: { Origin: a.url, Accept: 'text/html' },
				maxRedirects: 0
			});
			expect(res.status()).toBeLessThan(400);
			const index = await within(1_000, async () => (await apiSaysCancelled(b!, d)) === true);
			const page = await within(1_000, async () => (await eventPage()).includes('Två processer: inställt'));
			console.log(`B saw the cancellation after ${index} ms (API, index) and ${page} ms (event page)`);

			// And the other way: restored through B, seen by A.
			const staffB = await signedIn(b, 'personal@demo.invalid');
			const back = await staffB.post(`/personal/aktiviteter/${d.eventId}?/restoreDate`, {
				form: { occurrence: String(d.occurrenceId) },
				headers: { Origin: b.url, Accept: 'text/html' },
				maxRedirects: 0
			});
			expect(back.status()).toBeLessThan(400);
			await within(1_000, async () => (await apiSaysCancelled(a, d)) === false);

			// The start-up upkeep (date extension, purges) ran in A; B found it done and left it.
			expect(a.output().match(/Extended the dates/g)?.length).toBe(1);
			expect(b.output()).not.toContain('Extended the dates');
			await staff.dispose();
			await staffB.dispose();
		} finally {
			await b?.stop();
			await a.stop();
		}
	});

	test('APP_PROCESSES=2: two processes share the port and agree; SIGTERM stops both', async () => {
		test.setTimeout(180_000);
		const dir = tempDir('cluster');
		const database = backend.database(dir, 'app');
		const port = portAt(53);
		const app = await startApp(port, { DATABASE_URL: database, DEMO_DATA: '1', ORIGIN: `http://127.0.0.1:${port}`, APP_PROCESSES: '2', OUTBOX_DIR: join(dir, 'outbox') });
		try {
			await expect.poll(() => (app.output().match(/Listening on/g) ?? []).length, { timeout: 90_000 }).toBe(2);
			await expect.poll(() => app.output(), { timeout: 90_000 }).toContain('Extended the dates');
			const d = someDate(database);
			for (let i = 0; i < 6; i++) expect(await apiSaysCancelled(app, d)).toBe(false);
			const staff = await signedIn(app, 'personal@demo.invalid');
			const res = await staff.post(`/personal/aktiviteter/${d.eventId}?/cancelDate`, {
				form: { occurrence: String(d.occurrenceId), note: 'Kluster: inställt' },
				headers: { Origin: app.url, Accept: 'text/html' },
				maxRedirects: 0
			});
			expect(res.status()).toBeLessThan(400);
			await staff.dispose();
			// New connections are dealt round the processes: after a second every one of them agrees.
			await new Promise((r) => setTimeout(r, 1_000));
			for (let i = 0; i < 10; i++) {
				const res = await fetch(`${app.url}/api/v1/aktiviteter?fran=${d.day}&till=${d.day}&q=${encodeURIComponent(d.title)}`, { headers: { connection: 'close' } });
				const items = ((await res.json()) as { items: { id: number; cancelled: boolean }[] }).items;
				expect(items.find((x) => x.id === d.occurrenceId)?.cancelled).toBe(true);
			}
			expect(app.output().match(/Extended the dates/g)?.length).toBe(1);
		} finally {
			await app.stop();
		}
		expect(await app.exited).toBe(0);
	});
});
