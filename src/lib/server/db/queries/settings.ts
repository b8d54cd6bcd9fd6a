import { eq, sql } from 'drizzle-orm';
import type { Db } from '../index';
import { settings } from '../schema';

/** Prepared once per database handle: the layout asks on every page, and building the query costs more than running it. */
const prepared = new WeakMap<Db, { get: (values: { key: string }) => { value: string } | undefined }>();

export function getSetting(db: Db, key: string): string | undefined {
	let statement = prepared.get(db);
	if (!statement) {
		statement = db.select({ value: settings.value }).from(settings).where(eq(settings.key, sql.placeholder('key'))).prepare();
		prepared.set(db, statement);
	}
	return statement.get({ key })?.value;
}

export function isDemoDatabase(db: Db): boolean {
	return getSetting(db, 'demo') === '1';
}

export function allSettings(db: Db): Map<string, string> {
	return new Map(db.select().from(settings).all().map((r) => [r.key, r.value]));
}
