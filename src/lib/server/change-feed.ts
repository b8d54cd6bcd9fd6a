import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import { changesAfter, dataVersion, latestChangeId } from './db/queries/change-feed';
import { invalidateCache, type Change } from './cache';
import { tenantState } from './tenancy';

/** This process, as it signs its rows in the change feed. */
export const processToken = randomUUID();

/** Where this process stands in each municipality's feed (tenancy.ts). */
const at = () => tenantState('change-feed', () => ({ lastSeen: -1, lastVersion: -1 }));

/** Remembers where the feed stands; call before the search index is first built. */
export function startChangeFeed(db: Db) {
	const p = at();
	p.lastVersion = dataVersion(db);
	p.lastSeen = latestChangeId(db);
}

/**
 * Applies what other processes wrote since the last look: their rows reach this process's search
 * index and response caches as if the writes had been made here. A look costs one PRAGMA unless
 * another connection committed. Returns how many foreign changes were applied.
 */
export function catchUpChanges(db: Db): number {
	const p = at();
	if (p.lastSeen < 0) startChangeFeed(db);
	const version = dataVersion(db);
	if (version === p.lastVersion) return 0;
	p.lastVersion = version;
	const rows = changesAfter(db, p.lastSeen);
	if (!rows.length) return 0;
	// Rows pruned before this process read them: anything may have changed.
	const gap = rows[0].id !== p.lastSeen + 1;
	p.lastSeen = rows[rows.length - 1].id;
	const foreign = rows.filter((r) => r.origin !== processToken);
	if (!foreign.length && !gap) return 0;
	if (gap || foreign.some((r) => r.everything)) invalidateCache();
	else {
		const change: Change = { eventIds: [...new Set(foreign.flatMap((r) => r.eventIds))], venueIds: [...new Set(foreign.flatMap((r) => r.venueIds))] };
		invalidateCache(change);
	}
	return foreign.length || 1;
}
