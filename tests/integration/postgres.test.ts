import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { freshSqliteDatabase as freshDatabase } from './helpers';
import { startPostgres, type TestPostgres } from './support/postgres';
import { isEmptyDatabase, openDatabase, type Db } from '../../src/lib/server/db/index';
import { seedDatabase } from '../../src/lib/server/seed/index';
import { copyToPostgres, migratePostgres } from '../../src/lib/server/db/to-postgres';
import * as sqliteSchema from '../../src/lib/server/db/schema';
import * as pgSchema from '../../src/lib/server/db/pg-schema';
import { toTextQuery } from '../../src/lib/server/db/queries/search';
import type { PostgresConnection } from '../../src/lib/server/db/pg-sync';
import { changesAfter, jobLease } from '../../src/lib/server/db/queries/change-feed';
import { claimJob, finishJob, recordChange } from '../../src/lib/server/commands/change-feed';
import { loadDates, loadPublicEvents, loadTaxonomy, loadVenues } from '../../src/lib/server/db/queries/index-source';
import { loadDatesPg, loadPublicEventsPg, loadTaxonomyPg, loadVenuesPg } from '../../src/lib/server/db/queries/index-source-pg';
import { buildIndex, indexFrom, indexStart } from '../../src/lib/server/search-index/live';
import { evaluate, textSlots } from '../../src/lib/server/search-index/query';
import { datePage, facetCounts, groupPage, mapVenues, remoteActivitiesOf } from '../../src/lib/server/search-index/results';
import { emptyFilters, DAY_CODES, TIME_CODES, WHEN_CODES, ACCESS_CODES } from '../../src/lib/domain/filters';

/**
 * A real PostgreSQL server (started by the test from Debian's binaries, see support/postgres.ts):
 * the PostgreSQL migrations give the SQLite database's tables and columns, the demo database copies
 * across with equal counts and checksums (or not at all), and trigram search finds the same events.
 */
const NOW = new Date('2026-11-23T08:00:00Z');
let server: TestPostgres;
let sqlite: Db;

async function database(name: string) {
	const admin = new pg.Client({ connectionString: server.url });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const client = new pg.Client({ connectionString: server.url.replace(/\/postgres$/, `/${name}`) });
	await client.connect();
	return client;
}

/** A fresh database holding a copy of the demo, for the describe blocks that read it. */
function copiedDemo(name: string) {
	const holder: { client: pg.Client } = { client: undefined as unknown as pg.Client };
	beforeAll(async () => {
		holder.client = await database(name);
		await copyToPostgres(sqlite.$client, holder.client);
	}, 60_000);
	afterAll(() => holder.client?.end());
	return holder;
}

beforeAll(async () => {
	server = await startPostgres();
	sqlite = freshDatabase();
	await seedDatabase(sqlite, { now: NOW });
}, 120_000);

afterAll(() => server?.stop());

describe('the PostgreSQL migrations', () => {
	it('create the same tables with the same columns as the SQLite migrations', async () => {
		const client = await database('shape');
		await migratePostgres(client);
		const pgColumns = await client.query(
			`SELECT table_name AS t, column_name AS c, data_type AS type, is_nullable = 'NO' AS "notNull" FROM information_schema.columns
			 WHERE table_schema = 'public' AND table_name <> 'event_search' ORDER BY table_name, ordinal_position`
		);
		const c = sqlite.$client;
		const tables = (c.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'event_search%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
		const sqliteColumns = tables.flatMap((t) => (c.prepare(`SELECT name, type, "notnull" AS nn, pk FROM pragma_table_info(?)`).all(t) as { name: string; type: string; nn: number; pk: number }[]).map((col) => ({ t, c: col.name, type: col.type.toLowerCase(), notNull: col.nn === 1 || col.pk > 0 })));
		const sqliteToPg: Record<string, string[]> = { integer: ['integer', 'boolean', 'bigint'], text: ['text', 'jsonb'], real: ['double precision'] };
		expect(pgColumns.rows.map((r) => `${r.t}.${r.c}`).sort()).toEqual(sqliteColumns.map((r) => `${r.t}.${r.c}`).sort());
		for (const col of sqliteColumns) {
			const p = pgColumns.rows.find((r) => r.t === col.t && r.c === col.c)!;
			expect(sqliteToPg[col.type], `${col.t}.${col.c}`).toContain(p.type);
			expect(p.notNull, `${col.t}.${col.c} NOT NULL`).toBe(col.notNull);
		}
		const ext = await client.query(`SELECT extname FROM pg_extension ORDER BY extname`);
		expect(ext.rows.map((r) => r.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'unaccent']));
		await client.end();
	});
});

describe('npm run migrate-to-postgres', () => {
	let client: pg.Client;
	beforeAll(async () => {
		client = await database('copy');
	});
	afterAll(() => client?.end());

	it('copies every table of the demo database with equal counts and checksums', async () => {
		const report = await copyToPostgres(sqlite.$client, client);
		const c = sqlite.$client;
		for (const r of report) {
			expect(r.equal, r.table).toBe(true);
			const n = (c.prepare(`SELECT count(*) AS n FROM "${r.table}"`).get() as { n: number }).n;
			expect(r.rows, r.table).toBe(n);
		}
		const big = report.filter((r) => r.rows > 0).map((r) => r.table);
		for (const t of ['districts', 'venues', 'events', 'event_revisions', 'occurrences', 'users', 'event_search']) expect(big).toContain(t);
	});

	it('reads back through the PostgreSQL schema as the SQLite schema reads the original', async () => {
		const p = drizzle(client, { schema: pgSchema });
		const [venue] = await p.select().from(pgSchema.venues).where(eq(pgSchema.venues.id, 1));
		const [original] = sqliteDb().select().from(sqliteSchema.venues).where(eq(sqliteSchema.venues.id, 1)).all();
		expect(venue).toEqual(original);
		const [event] = await p.select().from(pgSchema.eventRevisions).where(eq(pgSchema.eventRevisions.id, 1));
		const [orig] = sqliteDb().select().from(sqliteSchema.eventRevisions).where(eq(sqliteSchema.eventRevisions.id, 1)).all();
		expect(event).toEqual(orig);
		expect(event.schedule).toBeTypeOf('object');
		const districts = await p.select().from(pgSchema.districts);
		expect(districts).toEqual(sqliteDb().select().from(sqliteSchema.districts).all());
		// New rows continue after the copied ids.
		const added = await client.query(`INSERT INTO districts (name, slug) VALUES ('Ny', 'ny') RETURNING id`);
		expect(added.rows[0].id).toBe(Math.max(...districts.map((d) => d.id)) + 1);
		await client.query(`DELETE FROM districts WHERE slug = 'ny'`);
	});

	it('refuses a database that already holds data, and writes nothing', async () => {
		const before = await client.query(`SELECT count(*)::int AS n FROM occurrences`);
		await expect(copyToPostgres(sqlite.$client, client)).rejects.toThrow(/already holds data/);
		expect((await client.query(`SELECT count(*)::int AS n FROM occurrences`)).rows[0].n).toBe(before.rows[0].n);
	});

	it('rolls the whole copy back when a table does not come out equal', async () => {
		const other = await database('tampered');
		await migratePostgres(other);
		// A trigger that changes what is written stands in for any lossy conversion.
		await other.query(`CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := upper(NEW.name); RETURN NEW; END $$`);
		await other.query(`CREATE TRIGGER shout BEFORE INSERT ON venues FOR EACH ROW EXECUTE FUNCTION shout()`);
		await expect(copyToPostgres(sqlite.$client, other)).rejects.toThrow(/differs from the SQLite file in venues/);
		for (const t of ['districts', 'venues', 'events', 'occurrences']) expect((await other.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n, t).toBe(0);
		await other.end();
	});

	it('runs as the npm script and says what it checked', () => {
		const file = join(sqlite.$client.name);
		const url = server.url.replace(/\/postgres$/, '/cli');
		execFileSync('node', ['-e', `const pg=require('pg');const c=new pg.Client({connectionString:${JSON.stringify(server.url)}});c.connect().then(()=>c.query('CREATE DATABASE cli')).then(()=>c.end())`]);
		const out = execFileSync('npx', ['tsx', 'src/lib/server/db/migrate-to-postgres.ts', file, '--to', url], { encoding: 'utf8' });
		expect(out).toMatch(/\| occurrences \| \d+ \| [0-9a-f]{16}… \| yes \|/);
		expect(out).toMatch(/every count and checksum matches/);
	}, 60_000);

	it('copies into the schema the address names, where the app then starts on it as it is', () => {
		const file = join(sqlite.$client.name);
		const out = execFileSync('npx', ['tsx', 'src/lib/server/db/migrate-to-postgres.ts', file, '--to', `${server.url}?schema=karlskoga`], { encoding: 'utf8' });
		expect(out).toMatch(/into the schema karlskoga .*every count and checksum matches/);
		// The app's own connection, as `DATABASE_URL=…?schema=karlskoga node server.js` opens it: the
		// migrations are found applied, the data is there (so DEMO_DATA=1 would not seed over it).
		const app = openDatabase(`${server.url}?schema=karlskoga`);
		try {
			expect(isEmptyDatabase(app)).toBe(false);
			const count = (db: Db, table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
			for (const t of ['districts', 'venues', 'events', 'occurrences', 'signups', 'event_search']) expect(count(app, t), t).toBe(count(sqlite, t));
			const ids = sqlite.select({ id: sqliteSchema.districts.id }).from(sqliteSchema.districts).all().map((d) => d.id);
			const added = app.$client.prepare(`INSERT INTO districts (name, slug) VALUES ('Ny', 'ny') RETURNING id`).get() as { id: number };
			expect(added.id).toBe(Math.max(...ids) + 1);
		} finally {
			(app.$client as unknown as PostgresConnection).close();
		}
	}, 60_000);
});

describe('text search on PostgreSQL (pg_trgm + unaccent)', () => {
	const copied = copiedDemo('search');

	/** Event ids as SQLite's FTS5 trigram table answers the list's search. */
	const sqliteIds = (q: string) => {
		const t = toTextQuery(q);
		if (!t || !('match' in t)) return null;
		return (sqlite.$client.prepare(`SELECT rowid AS id FROM event_search WHERE event_search MATCH ? ORDER BY rowid`).all(t.match) as { id: number }[]).map((r) => r.id);
	};
	/** The same words, each a folded substring of the folded row, answered by the trigram index. */
	const pgIds = async (q: string) => {
		const words = toTextQuery(q);
		if (!words || !('match' in words)) return null;
		const list = [...words.match.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
		const r = await copied.client.query(`SELECT event_id AS id FROM event_search WHERE ${list.map((_, i) => `folded LIKE '%' || search_fold($${i + 1}) || '%'`).join(' AND ')} ORDER BY event_id`, list);
		return r.rows.map((x) => x.id as number);
	};

	it('finds the same events for every word and part of a word in the demo’s titles, folded or not', async () => {
		const titles = (sqlite.$client.prepare(`SELECT title || ' ' || summary AS t FROM event_search`).all() as { t: string }[]).map((r) => r.t);
		const words = [...new Set(titles.flatMap((t) => t.toLowerCase().match(/[\p{L}]{3,}/gu) ?? []))];
		const queries = new Set<string>(['stavgang', 'cafe', 'STICKCAFÉ', 'Café', 'träff', 'traff', 'hjärt lungräddning', 'promenad fika', 'xyzzy', 'ÅÄÖ', 'göra']);
		for (const w of words) {
			queries.add(w);
			queries.add(w.slice(1, 5));
			queries.add(w.normalize('NFD').replace(/\p{M}/gu, ''));
		}
		let nonEmpty = 0;
		for (const q of queries) {
			const want = sqliteIds(q);
			if (want === null) continue;
			if (want.length) nonEmpty++;
			expect(await pgIds(q), q).toEqual(want);
		}
		expect(queries.size).toBeGreaterThan(200);
		expect(nonEmpty).toBeGreaterThan(150);
	}, 60_000);

	it('answers a word search from the trigram index', async () => {
		await copied.client.query('SET enable_seqscan = off');
		const plan = await copied.client.query(`EXPLAIN SELECT event_id FROM event_search WHERE folded LIKE '%' || search_fold('stavgång') || '%'`);
		await copied.client.query('RESET enable_seqscan');
		expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/event_search_folded_trgm/);
	});
});

describe('the search index read from PostgreSQL', () => {
	const copied = copiedDemo('index_source');

	const byId = <T extends { id: number }>(list: T[]) => [...list].sort((a, b) => a.id - b.id);
	/** JSON is stored as text in SQLite and as jsonb (keys reordered) in PostgreSQL: compared as values. */
	const events = (list: Awaited<ReturnType<typeof loadPublicEventsPg>>) =>
		byId(list).map((e) => ({ ...e, schedule: JSON.parse(e.schedule), languages: [...e.languages].sort(), audiences: [...e.audiences].sort() }));

	it('reads the same activities, venues, districts, categories and dates as from SQLite, all or by id', async () => {
		const from = indexStart(NOW);
		expect(events(await loadPublicEventsPg(copied.client))).toEqual(events(loadPublicEvents(sqlite)));
		expect(byId(await loadVenuesPg(copied.client))).toEqual(byId(loadVenues(sqlite)));
		const taxonomy = (t: Awaited<ReturnType<typeof loadTaxonomyPg>>) => ({ ...t, districts: t.districts.map((d) => ({ ...d, boundary: d.boundary && JSON.parse(d.boundary) })) });
		expect(taxonomy(await loadTaxonomyPg(copied.client))).toEqual(taxonomy(loadTaxonomy(sqlite)));
		const dates = await loadDatesPg(copied.client, from);
		expect(dates.id.length).toBeGreaterThan(1000);
		expect(dates).toEqual(loadDates(sqlite, from));
		const some = loadPublicEvents(sqlite).map((e) => e.id).filter((id) => id % 4 === 1);
		expect(events(await loadPublicEventsPg(copied.client, some))).toEqual(events(loadPublicEvents(sqlite, some)));
		expect(await loadDatesPg(copied.client, from, some)).toEqual(loadDates(sqlite, from, some));
	});

	it('gives the same lists, counts, map and calendar facts for 150 random filter sets as the index read from SQLite', async () => {
		const from = indexStart(NOW);
		const pgIndex = indexFrom(from, { taxonomy: await loadTaxonomyPg(copied.client), venues: await loadVenuesPg(copied.client), events: await loadPublicEventsPg(copied.client), dates: await loadDatesPg(copied.client, from) });
		const sqliteIndex = buildIndex(sqlite, NOW);
		let seed = 7;
		const rand = () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		const some = <T>(list: readonly T[], p: number) => list.filter(() => rand() < p);
		const slugs = (sql: string) => (sqlite.$client.prepare(sql).all() as { v: string }[]).map((r) => r.v);
		const vocab = { districts: slugs('SELECT slug AS v FROM districts'), categories: slugs('SELECT slug AS v FROM categories'), languages: slugs('SELECT code AS v FROM languages'), audiences: slugs('SELECT slug AS v FROM audiences') };
		const words = ['kaffe', 'promenad', 'sång', 'träff', 'pro', 'stavgång', 'bok'];
		let nonEmpty = 0;
		for (let k = 0; k < 150; k++) {
			const f = emptyFilters({
				districts: some(vocab.districts, 0.12),
				categories: some(vocab.categories, 0.1),
				days: some(DAY_CODES, 0.15),
				times: some(TIME_CODES, 0.15),
				access: some(ACCESS_CODES, 0.06),
				languages: some(vocab.languages, 0.05),
				audiences: some(vocab.audiences, 0.05),
				free: rand() < 0.1,
				noSignup: rand() < 0.1,
				when: rand() < 0.3 ? WHEN_CODES[Math.floor(rand() * WHEN_CODES.length)] : null,
				q: rand() < 0.25 ? words[Math.floor(rand() * words.length)] : '',
				page: rand() < 0.8 ? 1 : 2
			});
			const label = JSON.stringify(f);
			const a = evaluate(pgIndex, f, NOW, textSlots(pgIndex, f.q));
			const b = evaluate(sqliteIndex, f, NOW, textSlots(sqliteIndex, f.q));
			expect(datePage(a, f, 25), label).toEqual(datePage(b, f, 25));
			expect(groupPage(a, f, 25), label).toEqual(groupPage(b, f, 25));
			expect(facetCounts(a, 'dates'), label).toEqual(facetCounts(b, 'dates'));
			expect(facetCounts(a, 'activities'), label).toEqual(facetCounts(b, 'activities'));
			expect(mapVenues(a), label).toEqual(mapVenues(b));
			expect(remoteActivitiesOf(a), label).toEqual(remoteActivitiesOf(b));
			if (a.total) nonEmpty++;
		}
		expect(nonEmpty).toBeGreaterThan(50);
		const ids = [...sqliteIndex.occId.subarray(0, sqliteIndex.n)];
		for (const id of ids) expect(pgIndex.calendarFacts(id), `date ${id}`).toEqual(sqliteIndex.calendarFacts(id));
	});
});

describe('several app processes on one PostgreSQL database (the app\'s own path: change feed, NOTIFY, job leases)', () => {
	// Two connections to one schema, as two app processes have them (each its own worker and `pg` client).
	let a: Db;
	let b: Db;
	beforeAll(() => {
		a = openDatabase(`${server.url}?schema=processes`);
		b = openDatabase(`${server.url}?schema=processes`);
	});
	afterAll(() => {
		for (const db of [a, b]) (db?.$client as unknown as PostgresConnection | undefined)?.close();
	});
	const free = () => new Promise((r) => setTimeout(r, 5));

	it('a change committed through one connection reaches the other within a second, and a rolled-back one never', async () => {
		const heard: number[] = [];
		(a.$client as unknown as PostgresConnection).listen('traffpunkt_changes', (id) => heard.push(Number(id)));
		expect(() =>
			b.transaction(() => {
				recordChange(b, 'process-b', { eventIds: [99] }, new Date());
				throw new Error('the command failed');
			})
		).toThrow('the command failed');
		await new Promise((r) => setTimeout(r, 100));
		expect(heard, 'a rolled-back write announces nothing').toEqual([]);
		const committed = performance.now();
		b.transaction(() => recordChange(b, 'process-b', { eventIds: [7, 8, 7] }, new Date()));
		while (!heard.length && performance.now() - committed < 1_000) await free();
		expect(performance.now() - committed).toBeLessThan(1_000);
		const changes = changesAfter(a, 0);
		expect(heard).toEqual(changes.map((c) => c.id));
		expect(changes.map((c) => ({ ...c, id: undefined }))).toEqual([{ id: undefined, origin: 'process-b', everything: false, eventIds: [7, 8], venueIds: [] }]);
	});

	it('a scheduled job is taken by one process at a time, and again once it is done or its holder is gone', async () => {
		const now = new Date();
		expect(claimJob(a, 'extend-dates', 'process-a', { ttlMs: 60_000 }, now)).toBe(true);
		expect(claimJob(b, 'extend-dates', 'process-b', { ttlMs: 60_000 }, now), 'held by A').toBe(false);
		finishJob(a, 'extend-dates', 'process-a', now);
		expect(jobLease(b, 'extend-dates')?.finishedAt?.getTime()).toBe(now.getTime());
		expect(claimJob(b, 'extend-dates', 'process-b', { ttlMs: 60_000, minIntervalMs: 600_000 }, now), 'it ran less than ten minutes ago').toBe(false);
		expect(claimJob(b, 'extend-dates', 'process-b', { ttlMs: 60_000 }, now), 'free once A finished').toBe(true);
		// A holder that died without finishing: its lease runs out and another process takes the job.
		const later = new Date(now.getTime() + 61_000);
		expect(claimJob(a, 'extend-dates', 'process-a', { ttlMs: 60_000 }, new Date(now.getTime() + 30_000))).toBe(false);
		expect(claimJob(a, 'extend-dates', 'process-a', { ttlMs: 60_000 }, later)).toBe(true);
	});
});

const sqliteDb = () => sqlite;
