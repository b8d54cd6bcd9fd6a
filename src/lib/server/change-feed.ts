import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import { changesAfter, dataVersion, latestChangeId } from './db/queries/change-feed';
import { invalidateCache, type Change } from './cache';

/** This process, as it signs its rows in the change feed. */
export const processToken = randomUUID();

let lastSeen = -1;
let lastVersion = -1;

/** Remembers where the feed stands; call before the search index is first built. */
export function startChangeFeed(db: Db) {
	lastVersion = dataVersion(db);
	lastSeen = latestChangeId(db);
}

/**
 * Applies what other processes wrote since the last look: their rows reach this process's search
 * index and response caches as if the writes had been made here. A look costs one PRAGMA unless
 * another connection committed. Returns how many foreign changes were applied.
 */
export function catchUpChanges(db: Db): number {
	if (lastSeen < 0) startChangeFeed(db);
	const version = dataVersion(db);
	if (version === lastVersion) return 0;
	lastVersion = version;
	const rows = changesAfter(db, lastSeen);
	if (!rows.length) return 0;
	// Rows pruned before this process read them: anything may have changed.
	const gap = rows[0].id !== lastSeen + 1;
	lastSeen = rows[rows.length - 1].id;
	const foreign = rows.filter((r) => r.origin !== processToken);
	if (!foreign.length && !gap) return 0;
	if (gap || foreign.some((r) => r.everything)) invalidateCache();
	else {
		const change: Change = { eventIds: [...new Set(foreign.flatMap((r) => r.eventIds))], venueIds: [...new Set(foreign.flatMap((r) => r.venueIds))] };
		invalidateCache(change);
	}
	return foreign.length || 1;
}
