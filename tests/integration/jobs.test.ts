import { describe, expect, it } from 'vitest';
import { revisionContent, smallDatabase } from './small-db';
import type { Db } from '../../src/lib/server/db/index';
import { createEvent, publishRevision } from '../../src/lib/server/commands/revisions';
import { syncOccurrences } from '../../src/lib/server/commands/dates';
import { extendAllDates } from '../../src/lib/server/jobs';
import { onInvalidate } from '../../src/lib/server/cache';
import type { Schedule } from '../../src/lib/domain/recurrence';

const NOW = new Date('2026-11-23T08:00:00Z');
const LATER = new Date('2026-12-20T08:00:00Z');
const weekly = (weekday: number): Schedule => ({ kind: 'weekly', startDate: '2026-11-02', until: null, startTime: '10:00', endTime: '11:00', weekdays: [weekday] });

function setup(events: number) {
	const s = smallDatabase();
	for (let i = 0; i < events; i++) {
		const { revisionId } = createEvent(s.db, s.organisationId, revisionContent(s, `Aktivitet ${i}`, weekly((i % 7) + 1)), { now: NOW });
		publishRevision(s.db, revisionId, { now: NOW });
	}
	return s.db;
}
const dates = (db: Db) => db.$client.prepare('SELECT event_id, starts_at, ends_at, cancelled FROM occurrences ORDER BY event_id, starts_at').all();

describe('extending dates as time passes', () => {
	it('does what a sync of every event does, in batches that let other work run, reporting each batch', async () => {
		const sliced = setup(40);
		const whole = setup(40);
		for (const { id } of whole.$client.prepare(`SELECT id FROM events WHERE status = 'published'`).all() as { id: number }[]) syncOccurrences(whole, id, { now: LATER });
		let ticks = 0;
		let running = true;
		const tick = () => {
			ticks++;
			if (running) setImmediate(tick);
		};
		setImmediate(tick);
		const reported: number[] = [];
		const stop = onInvalidate((change) => reported.push(...(change?.eventIds ?? [])));
		await extendAllDates(sliced, LATER, 1);
		running = false;
		stop();
		expect(dates(sliced)).toEqual(dates(whole));
		expect(dates(sliced).length).toBeGreaterThan(dates(setup(40)).length);
		expect(ticks).toBeGreaterThanOrEqual(5);
		expect(new Set(reported).size).toBe(40);
	});
});
