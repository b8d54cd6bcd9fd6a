/**
 * The worker thread of pg-sync.ts, as source (the app is bundled; a worker started from a string
 * needs no file of its own in the build). It holds one `pg` connection to the schema, runs each
 * statement it is handed and answers on the port, then sets the shared flag to 1 and notifies the
 * waiting thread. Types come back as SQLite gives them: bigints and numerics as numbers, booleans
 * as 0/1, JSON as text. NOTIFYs go out on a second port.
 */
export const WORKER = String.raw`
const { workerData } = require('node:worker_threads');
const pg = require(workerData.paths.pg);
const flag = new Int32Array(workerData.flag);
const { port, events, schema } = workerData;
const parsers = { 20: Number, 1700: Number, 16: (v) => (v === 't' ? 1 : 0), 114: (v) => v, 3802: (v) => v };
const types = { getTypeParser: (oid, format) => parsers[oid] ?? pg.types.getTypeParser(oid, format) };
const client = new pg.Client({ connectionString: workerData.url, types, application_name: 'traffpunkt' });
let broken = null;
client.on('error', (e) => { broken = e; });
client.on('notification', (n) => events.postMessage({ channel: n.channel, payload: n.payload }));
const q = (name) => '"' + name.replaceAll('"', '""') + '"';
const ready = client.connect().then(async () => {
	if (schema) {
		await client.query('CREATE SCHEMA IF NOT EXISTS ' + q(schema));
		await client.query('SET search_path TO ' + q(schema) + ', public');
	}
});
function answer(message) {
	port.postMessage(message);
	Atomics.store(flag, 0, 1);
	Atomics.notify(flag, 0);
}
port.on('message', async (m) => {
	try {
		await ready;
		if (broken) throw broken;
		if (m.kind === 'query') {
			const r = await client.query({ text: m.sql, values: m.params, rowMode: 'array' });
			answer({ rows: r.rows, fields: r.fields.map((f) => f.name), count: r.rowCount ?? 0 });
		} else if (m.kind === 'simple') {
			await client.query(m.sql);
			answer({ rows: [], fields: [], count: 0 });
		} else if (m.kind === 'migrate') {
			for (const ext of m.extensions) await client.query('CREATE EXTENSION IF NOT EXISTS ' + ext + ' WITH SCHEMA public');
			const { drizzle } = require(workerData.paths.drizzle);
			const { migrate } = require(workerData.paths.migrator);
			await migrate(drizzle(client), { migrationsFolder: m.folder, migrationsSchema: schema || 'drizzle' });
			answer({ rows: [], fields: [], count: 0 });
		} else if (m.kind === 'end') {
			await client.end();
			answer({ rows: [], fields: [], count: 0 });
		}
	} catch (e) {
		answer({ error: { message: e.message, code: e.code, detail: e.detail, constraint: e.constraint } });
	}
});
`;
