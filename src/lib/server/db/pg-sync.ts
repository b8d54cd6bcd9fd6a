/**
 * PostgreSQL behind the same synchronous connection the app has with SQLite.
 *
 * Every read and write in the app is synchronous (better-sqlite3), and transactions are plain
 * functions that run to the end without yielding: no other request can see or join a half-done
 * write. This keeps that model on PostgreSQL. A worker thread holds one `pg` connection; each
 * statement is handed to it and this thread waits (`Atomics.wait`) for the answer, exactly as it
 * waits for SQLite's file. Each app process has its own connection; more processes serve more
 * requests (README "Skala upp").
 *
 * The object returned looks to drizzle and to the hand-written queries like a better-sqlite3
 * `Database`: `prepare(sql)` with `all/get/run/raw/pluck/iterate`, and `transaction(fn)`. Statement
 * texts are SQLite's, rewritten once each by `toPostgres`. Results come back as SQLite gives them:
 * booleans as 0/1, bigints (instants in milliseconds, counts) as numbers, JSON as text.
 *
 * A top-level transaction first takes one advisory lock per database (schema), so writers queue as
 * they do on SQLite's single write lock, across all processes: a read-then-write command (a sign-up
 * checking the places left) means the same on both backends. Reads outside transactions do not wait.
 */
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { arrayParameters, toPostgres } from './pg-dialect';
import { EXTENSIONS, migrationsFor } from './pg-migrations';
import { WORKER } from './pg-worker';

/** PostgreSQL's error classes under the codes better-sqlite3 gives the same failures. */
const SQLITE_CODES: Record<string, string> = {
	'23505': 'SQLITE_CONSTRAINT_UNIQUE',
	'23503': 'SQLITE_CONSTRAINT_FOREIGNKEY',
	'23502': 'SQLITE_CONSTRAINT_NOTNULL',
	'23514': 'SQLITE_CONSTRAINT_CHECK',
	'40P01': 'SQLITE_BUSY'
};

export class PostgresError extends Error {
	constructor(
		message: string,
		readonly code: string,
		readonly pgCode: string | undefined,
		readonly sql: string
	) {
		super(message);
	}
}

type Answer = { rows: unknown[][]; fields: string[]; count: number; error?: { message: string; code?: string; detail?: string } };

/** `postgres://…?schema=karlskoga`: the connection string and the schema (one per municipality). */
export function parsePostgresUrl(url: string): { url: string; schema?: string } {
	const u = new URL(url);
	const schema = u.searchParams.get('schema') ?? undefined;
	u.searchParams.delete('schema');
	if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`The schema name "${schema}" must be lower-case letters, digits and _.`);
	return { url: u.toString(), schema };
}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

const TIMEOUT_MS = 60_000;

/** better-sqlite3 takes parameters spread, or as one array of them. */
const spread = (params: unknown[]) => (params.length === 1 && Array.isArray(params[0]) ? (params[0] as unknown[]) : params);

/** A statement as better-sqlite3 has it, run on PostgreSQL. */
class Statement {
	private rawMode = false;
	private plucked = false;
	readonly reader: boolean;
	constructor(
		private readonly conn: PostgresConnection,
		readonly source: string,
		private readonly text: string,
		private readonly arrays: number[]
	) {
		this.reader = /^\s*(select|with|values)\b/i.test(source) || /\breturning\b/i.test(source);
	}
	/** The JSON id lists of `IN (SELECT value FROM json_each(?))` go as arrays (see pg-dialect.ts). */
	private values(params: unknown[]): unknown[] {
		const flat = spread(params);
		return this.arrays.length ? flat.map((v, i) => (this.arrays.includes(i) && typeof v === 'string' ? JSON.parse(v) : v)) : flat;
	}
	raw(on = true) {
		this.rawMode = on;
		return this;
	}
	pluck(on = true) {
		this.plucked = on;
		return this;
	}
	get busy() {
		return false;
	}
	private rows(params: unknown[]): unknown[] {
		const r = this.conn.send(this.text, this.values(params), this.source);
		if (this.plucked) return r.rows.map((row) => row[0]);
		if (this.rawMode) return r.rows;
		return r.rows.map((row) => {
			const o: Record<string, unknown> = {};
			for (let i = 0; i < r.fields.length; i++) o[r.fields[i]] = row[i];
			return o;
		});
	}
	all(...params: unknown[]) {
		return this.rows(params);
	}
	get(...params: unknown[]) {
		return this.rows(params)[0];
	}
	iterate(...params: unknown[]) {
		return this.rows(params)[Symbol.iterator]();
	}
	run(...params: unknown[]) {
		const r = this.conn.send(this.text, this.values(params), this.source);
		return { changes: r.count, lastInsertRowid: 0 };
	}
}

/** The connection: what drizzle's better-sqlite3 driver and the app's own SQL call on `$client`. */
export class PostgresConnection {
	readonly name: string;
	readonly schema: string | undefined;
	private readonly worker: Worker;
	private readonly port: MessagePort;
	private readonly events: MessagePort;
	private readonly flag = new Int32Array(new SharedArrayBuffer(4));
	private depth = 0;
	private readonly texts = new Map<string, { text: string; arrays: number[] }>();
	private readonly listeners = new Set<(channel: string, payload: string) => void>();
	open = true;

	constructor(connectionString: string) {
		const { url, schema } = parsePostgresUrl(connectionString);
		this.name = connectionString;
		this.schema = schema;
		const require = createRequire(import.meta.url);
		const paths = { pg: require.resolve('pg'), drizzle: require.resolve('drizzle-orm/node-postgres'), migrator: require.resolve('drizzle-orm/node-postgres/migrator') };
		const { port1, port2 } = new MessageChannel();
		const notes = new MessageChannel();
		this.port = port1;
		this.events = notes.port1;
		this.worker = new Worker(WORKER, {
			eval: true,
			workerData: { url, schema, paths, flag: this.flag.buffer, port: port2, events: notes.port2 },
			transferList: [port2, notes.port2]
		});
		this.worker.unref();
		this.events.on('message', (m: { channel: string; payload: string }) => {
			for (const l of this.listeners) l(m.channel, m.payload);
		});
		this.events.unref();
	}

	private call(message: Record<string, unknown>, source: string): Answer {
		if (!this.open) throw new Error('The PostgreSQL connection is closed.');
		Atomics.store(this.flag, 0, 0);
		this.port.postMessage(message);
		// The worker stores 1 only after posting its answer. A wake-up can also come from the previous
		// answer's notify, which the worker may send after this thread has already read that answer
		// and posted the next statement: so wait until the flag itself says the answer is there.
		const deadline = Date.now() + TIMEOUT_MS;
		while (Atomics.load(this.flag, 0) === 0) {
			const left = deadline - Date.now();
			if (left <= 0) throw new Error(`PostgreSQL did not answer within ${TIMEOUT_MS / 1000} s.`);
			Atomics.wait(this.flag, 0, 0, left);
		}
		const got = receiveMessageOnPort(this.port)?.message as Answer | undefined;
		if (!got) throw new Error('PostgreSQL sent no answer.');
		if (got.error) {
			const e = got.error;
			throw new PostgresError(`${e.message}${e.detail ? ` (${e.detail})` : ''}`, (e.code && SQLITE_CODES[e.code]) ?? 'SQLITE_ERROR', e.code, source);
		}
		return got;
	}

	/** `params` as better-sqlite3 takes them: spread, or one array of them. */
	query(text: string, params: unknown[], source = text): Answer {
		return this.send(text, spread(params), source);
	}

	/** `values` one per placeholder (an id array is one value). */
	send(text: string, values: unknown[], source = text): Answer {
		return this.call({ kind: 'query', sql: text, params: values.map((v) => (v === undefined ? null : typeof v === 'bigint' ? String(v) : v)) }, source);
	}

	/** A statement without parameters, sent as it is (BEGIN, COMMIT, LISTEN …). */
	simple(sql: string) {
		this.call({ kind: 'simple', sql }, sql);
	}

	prepare(source: string): Statement {
		let known = this.texts.get(source);
		if (known === undefined) {
			const text = /^\s*pragma\b/i.test(source) ? 'SELECT 1 WHERE FALSE' : toPostgres(source);
			known = { text, arrays: arrayParameters(text) };
			if (this.texts.size > 5_000) this.texts.clear();
			this.texts.set(source, known);
		}
		return new Statement(this, source, known.text, known.arrays);
	}

	/** SQLite settings have no meaning here (durability is the server's `synchronous_commit`). */
	pragma(): unknown[] {
		return [];
	}

	exec(sql: string) {
		this.simple(sql);
		return this;
	}

	get inTransaction() {
		return this.depth > 0;
	}

	/** better-sqlite3's `transaction(fn)`: a function that runs `fn` in a transaction (a savepoint when nested). */
	transaction<A extends unknown[], R>(fn: (...args: A) => R) {
		const run = (...args: A): R => {
			const level = this.depth;
			const savepoint = `tp${level}`;
			if (level > 0) this.simple(`SAVEPOINT ${savepoint}`);
			else {
				this.simple('BEGIN');
				// One writer at a time per municipality, in every process (see the file's comment).
				this.query('SELECT pg_advisory_xact_lock(hashtext(current_schema()))', []);
			}
			this.depth = level + 1;
			let result: R;
			try {
				result = fn(...args);
				if (result && typeof (result as { then?: unknown }).then === 'function') throw new TypeError('Transaction function cannot return a promise');
			} catch (e) {
				this.depth = level;
				try {
					this.simple(level > 0 ? `ROLLBACK TO SAVEPOINT ${savepoint}` : 'ROLLBACK');
				} catch {
					// The statement's own error is the one to report.
				}
				throw e;
			}
			this.depth = level;
			this.simple(level > 0 ? `RELEASE SAVEPOINT ${savepoint}` : 'COMMIT');
			return result;
		};
		return Object.assign(run, { deferred: run, immediate: run, exclusive: run });
	}

	/** Applies drizzle/pg's migrations (in the schema, when one is named). */
	migrate(folder: string) {
		const migrations = migrationsFor(folder, this.schema);
		try {
			this.call({ kind: 'migrate', folder: migrations.folder, extensions: EXTENSIONS }, 'migrate');
		} finally {
			migrations.done();
		}
	}

	/** LISTEN on a channel; `fn` hears every NOTIFY on it (while this thread is free). */
	listen(channel: string, fn: (payload: string) => void) {
		this.listeners.add((c, p) => c === channel && fn(p));
		this.simple(`LISTEN ${channel}`);
	}

	close() {
		if (!this.open) return;
		try {
			this.call({ kind: 'end' }, 'end');
		} finally {
			this.open = false;
			void this.worker.terminate();
		}
	}
}
