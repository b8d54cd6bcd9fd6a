import { inject } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/lib/server/db/index';

let schemas = 0;

/** True when this run's databases are PostgreSQL schemas (TEST_BACKEND=postgres). */
export const onPostgres = () => process.env.TEST_BACKEND === 'postgres';

/**
 * A new SQLite file with the real migrations from drizzle/ applied; with TEST_BACKEND=postgres, a
 * new schema on the run's PostgreSQL server with drizzle/pg's migrations.
 */
export function freshDatabase() {
	if (onPostgres()) return openDatabase(`${inject('postgresUrl')}?schema=t${process.pid}_${++schemas}_${Date.now() % 100000}`);
	return freshSqliteDatabase();
}

/** A new SQLite file, whichever backend the run is for (tests of copying SQLite into PostgreSQL). */
export function freshSqliteDatabase() {
	const dir = mkdtempSync(join(tmpdir(), 'traffpunkt-'));
	return openDatabase(join(dir, 'test.db'));
}

/** Makes every insert into `table` fail with `message` (a full disk, mid-transaction) until the returned undo. */
export function failInsertsInto(db: Db, table: string, message: string): () => void {
	if (onPostgres()) {
		db.$client.exec(`CREATE FUNCTION fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${message}'; END $$`);
		db.$client.exec(`CREATE TRIGGER fail_insert BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION fail_insert()`);
		return () => db.$client.exec(`DROP TRIGGER fail_insert ON ${table}; DROP FUNCTION fail_insert()`);
	}
	db.$client.exec(`CREATE TEMP TRIGGER fail_insert BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END`);
	return () => db.$client.exec('DROP TRIGGER fail_insert');
}
