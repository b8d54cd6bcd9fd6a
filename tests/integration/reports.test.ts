import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/lib/server/db/index';
import { seedDatabase } from '../../src/lib/server/seed/index';
import { reportTables, suppressionPlan } from '../../src/lib/domain/reporting';
import { recoverable } from '../support/disclosure';

let reports: typeof import('../../src/lib/server/reports');

beforeAll(async () => {
	const path = join(mkdtempSync(join(tmpdir(), 'traffpunkt-reports-')), 'reports.db');
	process.env.DATABASE_URL = path; // getDb() opens it lazily
	await seedDatabase(openDatabase(path), { now: new Date('2026-11-23T08:00:00Z') });
	reports = await import('../../src/lib/server/reports');
});

describe('the monthly trend', () => {
	it('lists every month of a year beside the same month a year earlier', () => {
		const r = reports.buildReport(reports.reportQuery(new URL('http://x/personal/rapporter?period=ar&varde=2026')));
		expect(r.trend.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
		expect(r.trend.map((m) => m.previousMonth)).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`));
		// The demo history starts in late 2025: January 2025 has nothing to compare with.
		expect(r.trend[0].previousParticipants).toBeNull();
		expect(r.trend[10].participants).toBeGreaterThan(0);
	});

	it('lines a custom period up with the end of the one before', () => {
		const r = reports.buildReport(reports.reportQuery(new URL('http://x/personal/rapporter?period=egen&fran=2026-03-01&till=2026-03-31')));
		expect(r.trend.map((m) => [m.month, m.previousMonth])).toEqual([['2026-03', '2026-02']]);
	});

	it('pairs a month with the month before', () => {
		const r = reports.buildReport(reports.reportQuery(new URL('http://x/personal/rapporter?period=manad&varde=2026-10')));
		expect(r.trend).toHaveLength(1);
		expect(r.trend[0]).toMatchObject({ month: '2026-10', previousMonth: '2026-09' });
		expect(r.trend[0].previousParticipants).toBe(r.previousTotal.participants);
	});
});

describe('the attendance sheet', () => {
	const post = (fields: [string, string][]) => {
		const body = new FormData();
		for (const [k, v] of fields) body.append(k, v);
		return new Request('http://x/personal/narvaro?/save', { method: 'POST', body });
	};

	it('saves a count, and removes it again when the row is emptied', async () => {
		const { getDb } = await import('../../src/lib/server/db/index');
		const { saveSheet } = await import('../../src/lib/server/attendance-form');
		const db = getDb();
		const user = db.$client.prepare(`SELECT id FROM users WHERE role = 'moderator' LIMIT 1`).get() as { id: number };
		const staff = { kind: 'staff' as const, userId: user.id, role: 'moderator' as const };
		const occ = db.$client
			.prepare(`SELECT o.id FROM occurrences o LEFT JOIN attendance a ON a.occurrence_id = o.id WHERE a.occurrence_id IS NULL AND o.cancelled = 0 AND o.ends_at < ? LIMIT 1`)
			.get(Date.parse('2026-11-01')) as { id: number };
		const total = () => (db.$client.prepare('SELECT total FROM attendance WHERE occurrence_id = ?').get(occ.id) as { total: number } | undefined)?.total ?? null;

		expect(await saveSheet(post([['occurrence', String(occ.id)], [`c-${occ.id}-total`, '9']]), staff)).toEqual({ saved: 1, corrected: 0 });
		expect(total()).toBe(9);
		expect(await saveSheet(post([['occurrence', String(occ.id)], [`c-${occ.id}-total`, '']]), staff)).toEqual({ saved: 1, corrected: 1 });
		expect(total()).toBeNull();
		// A row whose fields were not posted (a cancelled date's disabled inputs) is left as it is.
		await saveSheet(post([['occurrence', String(occ.id)], [`c-${occ.id}-total`, '7']]), staff);
		expect(await saveSheet(post([['occurrence', String(occ.id)]]), staff)).toEqual({ saved: 0, corrected: 0 });
		expect(total()).toBe(7);
		await saveSheet(post([['occurrence', String(occ.id)], [`c-${occ.id}-total`, '']]), staff);
		const log = db.$client.prepare(`SELECT summary FROM audit_log WHERE action = 'attendance.corrected' AND entity_id = ? ORDER BY id DESC LIMIT 1`).get(occ.id) as { summary: string };
		expect(log.summary).toBe('Närvaro borttagen (var 7)');
	});
});

describe('small-cell suppression on the generated demo data', () => {
	it('hides small counts in the report a moderator sees, and no hidden count can be worked out', async () => {
		const { getDb } = await import('../../src/lib/server/db/index');
		const { reportRows } = await import('../../src/lib/server/db/queries/attendance');
		for (const [from, to] of [['2026-10-01', '2026-10-31'], ['2026-01-01', '2026-12-31']]) {
			const rows = reportRows(getDb(), from, to);
			const started = Date.now();
			const plan = suppressionPlan(rows);
			expect(Date.now() - started, `plan for ${from}–${to}`).toBeLessThan(5_000);
			expect(recoverable(reportTables(rows), plan, ['district', 'category', 'organisation', 'venue', 'month']), `${from}–${to}`).toEqual([]);
		}
		// A day with a date of only 4 participants: its cell must hide, and so must one more.
		const day = (getDb().$client.prepare('SELECT o.local_date AS d FROM attendance a JOIN occurrences o ON o.id = a.occurrence_id WHERE a.total = 4 ORDER BY o.local_date DESC LIMIT 1').get() as { d: string }).d;
		const r = reports.buildReport(reports.reportQuery(new URL(`http://x/personal/rapporter?period=egen&fran=${day}&till=${day}&per=venue&och=category`)));
		const hidden = r.table.groups.filter((g) => g.figures.suppressed);
		expect(hidden.length).toBeGreaterThanOrEqual(2);
		expect(hidden.every((g) => g.figures.participants === null && g.figures.meanPerDate === null)).toBe(true);
		expect(r.table.total.suppressed).toBe(false);
	});
});
