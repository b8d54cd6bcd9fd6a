import { gt, sql, asc } from 'drizzle-orm';
import { isPostgres, type Db } from '../index';
import { changeFeed, jobLeases } from '../schema';

export type FeedRow = { id: number; origin: string; everything: boolean; eventIds: number[]; venueIds: number[] };

const versions = new WeakMap<Db, { get: () => unknown }>();

/**
 * SQLite's counter of commits made by *other* connections (other processes included); a few
 * microseconds, so every request can ask whether another process wrote since it last looked.
 * On PostgreSQL a NOTIFY also wakes the process at once (hooks.server.ts).
 */
export function dataVersion(db: Db): number {
	// PostgreSQL has no such counter: the newest row of the feed says the same (one index lookup).
	if (isPostgres(db)) return latestChangeId(db);
	let statement = versions.get(db);
	if (!statement) {
		statement = db.$client.prepare('PRAGMA data_version');
		versions.set(db, statement);
	}
	// Read by name, not plucked: statements are shared (db/index.ts), a mode set once would not last.
	return Number((statement.get() as { data_version: number }).data_version);
}

export function latestChangeId(db: Db): number {
	return db.select({ id: sql<number>`coalesce(max(${changeFeed.id}), 0)` }).from(changeFeed).get()?.id ?? 0;
}

export function firstChangeId(db: Db): number | null {
	return db.select({ id: sql<number | null>`min(${changeFeed.id})` }).from(changeFeed).get()?.id ?? null;
}

export function changesAfter(db: Db, id: number): FeedRow[] {
	return db
		.select({ id: changeFeed.id, origin: changeFeed.origin, everything: changeFeed.everything, eventIds: changeFeed.eventIds, venueIds: changeFeed.venueIds })
		.from(changeFeed)
		.where(gt(changeFeed.id, id))
		.orderBy(asc(changeFeed.id))
		.all();
}

export function jobLease(db: Db, name: string) {
	return db.select().from(jobLeases).where(sql`${jobLeases.name} = ${name}`).get();
}
