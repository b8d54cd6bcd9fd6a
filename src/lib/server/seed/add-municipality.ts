/**
 * `npm run add-municipality -- --id degerfors --name Degerfors --origin https://traffpunkt.degerfors.se
 * [--neighbours karlskoga,storfors] [--demo]`: a system administrator adds a municipality to a
 * deployment that serves several (README "Flera kommuner"). It writes the entry into
 * `MUNICIPALITIES_FILE` (made if missing), creates the municipality's own database beside it, and
 * names each neighbour back, so that residents of both may widen a search to the other. A running
 * server serves the new municipality at its next request; its first administrator comes from
 * `npm run create-admin -- --municipality <id> …`. `--demo` fills it with the demo data of that id
 * (karlskoga, degerfors) for trying things out.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openDatabase, isEmptyDatabase } from '../db/index';
import { readRegistry, registrySchema, tenantById, withTenant, type MunicipalityEntry } from '../tenancy';

const args = process.argv.slice(2);
const arg = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1]?.trim() : undefined;
};
const file = process.env.MUNICIPALITIES_FILE;
const id = arg('id') ?? '';
const name = arg('name') ?? '';
const origin = (arg('origin') ?? '').replace(/\/$/, '');
const neighbours = (arg('neighbours') ?? '').split(',').map((n) => n.trim()).filter(Boolean);
const usage = 'Usage: MUNICIPALITIES_FILE=data/kommuner.json npm run add-municipality -- --id degerfors --name Degerfors --origin https://traffpunkt.degerfors.se [--neighbours karlskoga] [--demo]';
if (!file) {
	console.error(`MUNICIPALITIES_FILE is not set.\n${usage}`);
	process.exit(2);
}
const entry: MunicipalityEntry = { id, name, origin, hosts: [], database: `${id}.db`, neighbours };
const existing = existsSync(file) ? readRegistry(file) : [];
const list = [...existing.filter((m) => m.id !== id), entry];
const checked = registrySchema.safeParse({ municipalities: list });
if (!checked.success) {
	console.error(checked.error.issues.map((i) => `${i.path.slice(2).join('.') || 'entry'}: ${i.message}`).join('\n'));
	console.error(usage);
	process.exit(2);
}
if (existing.some((m) => m.id === id)) {
	console.error(`There is already a municipality "${id}" in ${file}. Nothing was changed.`);
	process.exit(1);
}
const taken = existing.find((m) => new URL(m.origin).host === new URL(origin).host);
if (taken) {
	console.error(`${new URL(origin).host} already belongs to "${taken.id}". Nothing was changed.`);
	process.exit(1);
}
const unknown = neighbours.filter((n) => !existing.some((m) => m.id === n));
if (unknown.length) {
	console.error(`No municipality ${unknown.map((n) => `"${n}"`).join(', ')} in ${file} to be a neighbour. Nothing was changed.`);
	process.exit(1);
}
for (const m of existing) if (neighbours.includes(m.id) && !m.neighbours.includes(id)) m.neighbours.push(id);

mkdirSync(dirname(resolve(file)), { recursive: true });
const databaseFile = resolve(dirname(resolve(file)), entry.database);
openDatabase(databaseFile).$client.close();
// Written whole and renamed, so a running server never reads half a file.
writeFileSync(`${file}.tmp`, `${JSON.stringify({ municipalities: list }, null, '\t')}\n`);
renameSync(`${file}.tmp`, file);
console.log(`Added ${name} (${id}) at ${origin}, database ${databaseFile}.`);
if (args.includes('--demo')) {
	const { demoDataset, seedDatabase } = await import('./index');
	const dataset = demoDataset(id);
	const db = openDatabase(databaseFile);
	if (!dataset) console.error(`No demo data for "${id}"; its database is empty.`);
	else if (isEmptyDatabase(db)) await withTenant(tenantById(id)!, () => seedDatabase(db, { dataset, log: console.log }));
	db.$client.close();
}
console.log(`Next: npm run create-admin -- --municipality ${id} --email … --name "…"`);
