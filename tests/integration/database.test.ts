import { describe, expect, it } from 'vitest';
import { freshDatabase, onPostgres } from './helpers';
import { tableNames } from '../../src/lib/server/db/index';

describe('a new database', () => {
	it.skipIf(onPostgres())('applies every migration and opens with the required pragmas', () => {
		const db = freshDatabase();
		const c = db.$client;
		expect(c.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(c.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(c.pragma('busy_timeout', { simple: true })).toBe(5000);
		expect(c.pragma('synchronous', { simple: true })).toBe(2);
		const tables = (c.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name);
		for (const name of ['districts', 'venues', 'opening_hours', 'organisations', 'users', 'sessions', 'events', 'event_revisions', 'occurrences', 'attendance', 'signups', 'audit_log', 'mail_outbox', 'event_search'])
			expect(tables).toContain(name);
		const applied = c.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
		expect(applied.n).toBeGreaterThanOrEqual(2);
	});

	it('has every table, on either backend', () => {
		const tables = tableNames(freshDatabase());
		for (const name of ['districts', 'venues', 'opening_hours', 'organisations', 'users', 'sessions', 'events', 'event_revisions', 'occurrences', 'attendance', 'signups', 'audit_log', 'mail_outbox', 'event_search'])
			expect(tables).toContain(name);
	});

	it('refuses rows that break a foreign key', () => {
		const db = freshDatabase();
		expect(() =>
			db.$client
				.prepare(`INSERT INTO venues (name, slug, kind, district_id, address, lat, lng) VALUES ('x', 'x', 'other', 999, 'x', 0, 0)`)
				.run()
		).toThrow(/FOREIGN KEY|foreign key/);
	});
});
