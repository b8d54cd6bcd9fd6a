import { eq, inArray, sql } from 'drizzle-orm';
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

const someStatements = new WeakMap<Db, Map<string, { all: () => { key: string; value: string }[] }>>();

/**
 * The saved values of these keys (the site settings: every page's footer asks). Prepared once per
 * key list; the table also holds the jobs' once-a-day marks, which are never read here.
 */
export function someSettings(db: Db, keys: readonly string[]): Map<string, string> {
	let byList = someStatements.get(db);
	if (!byList) someStatements.set(db, (byList = new Map()));
	const id = keys.join('\n');
	let statement = byList.get(id);
	if (!statement) {
		statement = db.select({ key: settings.key, value: settings.value }).from(settings).where(inArray(settings.key, [...keys])).prepare();
		byList.set(id, statement);
	}
	return new Map(statement.all().map((r) => [r.key, r.value]));
}
