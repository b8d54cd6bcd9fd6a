/** `npm run seed -- --scale N [--db path]`: a fresh database with N× the demo data. */
import { rmSync } from 'node:fs';
import { openDatabase, databasePath } from '../db/index';
import { seedDatabase } from './index';

const args = process.argv.slice(2);
const arg = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const scale = Number(arg('scale') ?? 1);
const path = arg('db') ?? databasePath();
for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
const started = Date.now();
const db = openDatabase(path);
await seedDatabase(db, { scale, log: console.log });
db.$client.close();
console.log(`Wrote ${path} (scale ${scale}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
