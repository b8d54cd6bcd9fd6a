import { eq, lt } from 'drizzle-orm';
import type { Db } from '../db';
import { changeFeed, jobLeases } from '../db/schema';
import { jobLease } from '../db/queries/change-feed';
import type { Change } from '../cache';

/** Called by the runner inside a command's transaction: the change reaches other processes exactly when the write commits. */
export function recordChange(db: Db, origin: string, change: Change | undefined, now: Date) {
	db.insert(changeFeed)
		.values({ at: now, origin, everything: !change, eventIds: [...new Set(change?.eventIds ?? [])], venueIds: [...new Set(change?.venueIds ?? [])] })
		.run();
}

/** Rows older than a day: every running process has read them (each looks at least once a second). */
export function pruneChangeFeed(db: Db, now = new Date()) {
	return db.delete(changeFeed).where(lt(changeFeed.at, new Date(now.getTime() - 86_400_000))).run().changes;
}

/**
 * Takes a scheduled job for this process, unless another holds it (and is not past `ttlMs`) or it
 * finished less than `minIntervalMs` ago. One IMMEDIATE transaction, so two processes asking at
 * the same moment cannot both get it.
 */
export function claimJob(db: Db, name: string, holder: string, opts: { ttlMs: number; minIntervalMs?: number }, now = new Date()): boolean {
	return db.transaction(
		(tx) => {
			const row = jobLease(tx as unknown as Db, name);
			if (row?.holder && row.holder !== holder && row.heldUntil && row.heldUntil > now) return false;
			if (opts.minIntervalMs && row?.finishedAt && now.getTime() - row.finishedAt.getTime() < opts.minIntervalMs) return false;
			const heldUntil = new Date(now.getTime() + opts.ttlMs);
			tx.insert(jobLeases).values({ name, holder, heldUntil }).onConflictDoUpdate({ target: jobLeases.name, set: { holder, heldUntil } }).run();
			return true;
		},
		{ behavior: 'immediate' }
	);
}

/** The job is done: free for the next run, and when it finished is kept. */
export function finishJob(db: Db, name: string, holder: string, now = new Date()) {
	const row = jobLease(db, name);
	if (row?.holder !== holder) return;
	db.update(jobLeases).set({ holder: null, heldUntil: null, finishedAt: now }).where(eq(jobLeases.name, name)).run();
}
