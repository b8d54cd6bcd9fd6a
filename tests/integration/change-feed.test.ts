import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/lib/server/db';
import { onInvalidate, type Change } from '../../src/lib/server/cache';
import { catchUpChanges, processToken, startChangeFeed } from '../../src/lib/server/change-feed';
import { claimJob, finishJob, pruneChangeFeed, recordChange } from '../../src/lib/server/commands/change-feed';
import { changesAfter } from '../../src/lib/server/db/queries/change-feed';

/**
 * Two connections to one database file stand for two app processes: what one writes reaches the
 * other's caches through the change feed, and a scheduled job is held by one of them at a time.
 */
describe('change feed and job leases across connections', () => {
	let dir: string;
	let here: Db;
	let other: Db;
	const seen: (Change | undefined)[] = [];
	let stop: () => void;

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'traffpunkt-feed-'));
		here = openDatabase(join(dir, 'shared.db'));
		other = openDatabase(join(dir, 'shared.db'));
		stop = onInvalidate((c) => seen.push(c)) as () => void;
		startChangeFeed(here);
	});
	afterAll(() => {
		stop();
		here.$client.close();
		other.$client.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('nothing written elsewhere: nothing applied', () => {
		expect(catchUpChanges(here)).toBe(0);
		expect(seen).toEqual([]);
	});

	it("another process's write reaches this one with the ids it touched", () => {
		recordChange(other, 'other-process', { eventIds: [5, 5, 7], venueIds: [3] }, new Date());
		expect(catchUpChanges(here)).toBe(1);
		expect(seen.pop()).toEqual({ eventIds: [5, 7], venueIds: [3] });
		expect(catchUpChanges(here)).toBe(0);
	});

	it('several writes at once are applied together; a write of everything drops everything', () => {
		recordChange(other, 'other-process', { eventIds: [1], venueIds: [] }, new Date());
		recordChange(other, 'third-process', { eventIds: [2], venueIds: [4] }, new Date());
		expect(catchUpChanges(here)).toBe(2);
		expect(seen.pop()).toEqual({ eventIds: [1, 2], venueIds: [4] });
		recordChange(other, 'other-process', undefined, new Date());
		expect(catchUpChanges(here)).toBe(1);
		expect(seen.pop()).toBeUndefined();
		expect(seen).toEqual([]);
	});

	it("this process's own rows are skipped (it dropped its caches when it wrote)", () => {
		recordChange(other, processToken, { eventIds: [9], venueIds: [] }, new Date());
		expect(catchUpChanges(here)).toBe(0);
		expect(seen).toEqual([]);
	});

	it('rows pruned before this process read them: it drops everything rather than miss a change', () => {
		recordChange(other, 'other-process', { eventIds: [11], venueIds: [] }, new Date(Date.now() - 2 * 86_400_000));
		expect(pruneChangeFeed(other)).toBeGreaterThan(0);
		recordChange(other, 'other-process', { eventIds: [12], venueIds: [] }, new Date());
		expect(catchUpChanges(here)).toBe(1);
		expect(seen.pop()).toBeUndefined();
		const left = changesAfter(here, 0).map((r) => r.eventIds);
		expect(left.at(-1)).toEqual([12]);
		expect(left).not.toContainEqual([11]);
	});

	it('a command through the runner writes its change in the same transaction', async () => {
		const { execute } = await import('../../src/lib/server/commands/runner');
		const { defineCommand } = await import('../../src/lib/server/commands/runner');
		const { systemActor } = await import('../../src/lib/server/commands/actor');
		const { z } = await import('zod');
		const before = changesAfter(here, 0).length;
		const touch = defineCommand({ name: 'test.touch', input: z.object({ fail: z.boolean() }), run: (ctx, input) => { ctx.invalidate({ eventIds: [42] }); if (input.fail) throw new Error('mid-write'); return 1; } });
		await expect(execute(touch, systemActor('test'), { fail: true }, { db: other })).rejects.toThrow('mid-write');
		expect(changesAfter(here, 0).length).toBe(before);
		const ok = await execute(touch, systemActor('test'), { fail: false }, { db: other });
		expect(ok.ok).toBe(true);
		const rows = changesAfter(here, 0);
		expect(rows.length).toBe(before + 1);
		expect(rows.at(-1)).toMatchObject({ origin: processToken, everything: false, eventIds: [42], venueIds: [] });
	});

	it('a job is held by one process at a time, and not run again too soon', () => {
		const t0 = new Date('2026-12-02T10:00:00Z');
		const at = (ms: number) => new Date(t0.getTime() + ms);
		expect(claimJob(here, 'upkeep', 'A', { ttlMs: 60_000 }, t0)).toBe(true);
		expect(claimJob(other, 'upkeep', 'B', { ttlMs: 60_000 }, at(1_000))).toBe(false);
		finishJob(other, 'upkeep', 'B', at(2_000)); // not B's to finish
		expect(claimJob(other, 'upkeep', 'B', { ttlMs: 60_000 }, at(3_000))).toBe(false);
		finishJob(here, 'upkeep', 'A', at(5_000));
		expect(claimJob(other, 'upkeep', 'B', { ttlMs: 60_000, minIntervalMs: 600_000 }, at(6_000))).toBe(false);
		expect(claimJob(other, 'upkeep', 'B', { ttlMs: 60_000, minIntervalMs: 600_000 }, at(606_000))).toBe(true);
		// B dies while holding it: after its hold runs out another process takes over.
		expect(claimJob(here, 'upkeep', 'A', { ttlMs: 60_000 }, at(610_000))).toBe(false);
		expect(claimJob(here, 'upkeep', 'A', { ttlMs: 60_000 }, at(667_000))).toBe(true);
	});
});
