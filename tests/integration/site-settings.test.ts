import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../src/lib/server/db/index';
import type { Actor } from '../../src/lib/server/commands/actor';

// getDb() (used by the reports and the cached settings) opens this file lazily.
const path = join(mkdtempSync(join(tmpdir(), 'traffpunkt-settings-')), 'settings.db');
process.env.DATABASE_URL = path;

let db: Db;
let admin: Actor;
let moderator: Actor;
let m: {
	execute: typeof import('../../src/lib/server/commands/runner').execute;
	saveSiteSettings: typeof import('../../src/lib/server/commands/site-settings').saveSiteSettings;
	readSiteSettings: typeof import('../../src/lib/server/site-settings').readSiteSettings;
	reports: typeof import('../../src/lib/server/reports');
};

const form = (over: Record<string, unknown> = {}) => ({
	requireTotp: true,
	retentionDays: '30',
	suppressBelow: '5',
	staffInbox: 'tillganglighet@karlskoga.invalid',
	municipalityName: 'Karlskoga kommun',
	municipalityPhone: '0586-610 00',
	municipalityEmail: 'kontaktcenter@karlskoga.invalid',
	...over
});
const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
const settingsRows = () => count('SELECT count(*) AS n FROM settings');
const logRows = () => count(`SELECT count(*) AS n FROM audit_log WHERE action = 'settings.changed'`);

beforeAll(async () => {
	delete process.env.STAFF_INBOX;
	delete process.env.SIGNUP_RETENTION_DAYS;
	const { openDatabase, getDb } = await import('../../src/lib/server/db/index');
	const { seedDatabase } = await import('../../src/lib/server/seed/index');
	await seedDatabase(openDatabase(path), { now: new Date('2026-11-23T08:00:00Z') });
	db = getDb();
	const id = (email: string) => (db.$client.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: number }).id;
	admin = { kind: 'staff', userId: id('admin@demo.invalid'), role: 'admin' };
	moderator = { kind: 'staff', userId: id('personal@demo.invalid'), role: 'moderator' };
	m = {
		execute: (await import('../../src/lib/server/commands/runner')).execute,
		saveSiteSettings: (await import('../../src/lib/server/commands/site-settings')).saveSiteSettings,
		readSiteSettings: (await import('../../src/lib/server/site-settings')).readSiteSettings,
		reports: await import('../../src/lib/server/reports')
	};
	// The demo seed turns two-factor off; the form below starts from the defaults.
	db.$client.prepare(`DELETE FROM settings WHERE key = 'require_totp'`).run();
});

describe('the admin settings', () => {
	it('only an admin saves them; a moderator and an organiser are refused and nothing is written', async () => {
		const before = settingsRows();
		expect(await m.execute(m.saveSiteSettings, moderator, form({ retentionDays: '7' }))).toMatchObject({ ok: false, refused: { status: 403 } });
		expect(await m.execute(m.saveSiteSettings, { kind: 'organiser', userId: moderator.kind === 'staff' ? moderator.userId : 0, organisationId: 1 }, form({ retentionDays: '7' }))).toMatchObject({ ok: false, refused: { status: 403 } });
		expect(settingsRows()).toBe(before);
	});

	it('an unchanged form (the defaults, nothing saved yet) writes nothing and logs nothing', async () => {
		const [rows, log] = [settingsRows(), logRows()];
		expect(await m.execute(m.saveSiteSettings, admin, form())).toEqual({ ok: true, value: { changed: [] } });
		expect([settingsRows(), logRows()]).toEqual([rows, log]);
	});

	it('bad values answer with a plain message per field and write nothing', async () => {
		const rows = settingsRows();
		const r = await m.execute(m.saveSiteSettings, admin, form({ retentionDays: 'trettio', suppressBelow: '1', staffInbox: 'inte en adress', municipalityName: '', municipalityPhone: 'ring oss' }));
		expect(r.ok).toBe(false);
		expect(r.ok ? null : r.failure?.errors).toMatchObject({
			retentionDays: expect.stringContaining('mellan 0 och 365'),
			suppressBelow: expect.stringContaining('mellan 3 och 50'),
			staffInbox: expect.stringContaining('e-postadress'),
			municipalityName: 'Skriv kommunens namn.',
			municipalityPhone: expect.stringContaining('siffror')
		});
		expect(settingsRows()).toBe(rows);
	});

	it('round trip: what is saved reads back, once in the log; the same post again changes nothing', async () => {
		const input = form({ requireTotp: false, retentionDays: ' 14 ', staffInbox: 'Inkorg@Kommun.SE', municipalityName: 'Degerfors kommun', municipalityPhone: '0586-480 00' });
		const first = await m.execute(m.saveSiteSettings, admin, input);
		expect(first).toMatchObject({ ok: true, value: { changed: ['requireTotp', 'retentionDays', 'staffInbox', 'municipalityName', 'municipalityPhone'] } });
		expect(m.readSiteSettings(db)).toMatchObject({ requireTotp: false, retentionDays: 14, staffInbox: 'inkorg@kommun.se', municipalityName: 'Degerfors kommun', municipalityPhone: '0586-480 00', suppressBelow: 5 });
		const log = db.$client.prepare(`SELECT summary FROM audit_log WHERE action = 'settings.changed' ORDER BY id DESC`).all() as { summary: string }[];
		expect(log).toHaveLength(1);
		expect(log[0].summary).toContain('Dagar anmälningar sparas: 30 → 14');
		const [rows, logs] = [settingsRows(), logRows()];
		expect(await m.execute(m.saveSiteSettings, admin, input)).toEqual({ ok: true, value: { changed: [] } });
		expect([settingsRows(), logRows()]).toEqual([rows, logs]);
	});

	it('the saved values are used: the inbox gets the next accessibility report, two-factor and retention follow', async () => {
		const { reportAccessibilityProblem } = await import('../../src/lib/server/commands/public');
		const { residentActor } = await import('../../src/lib/server/commands/actor');
		const { totpRequired } = await import('../../src/lib/server/auth/totp');
		const { signupRetentionDays } = await import('../../src/lib/server/jobs');
		const r = await m.execute(reportAccessibilityProblem, residentActor, { message: 'Knappen går inte att nå med tangentbordet.', page: '', contact: '' });
		expect(r.ok).toBe(true);
		expect((db.$client.prepare('SELECT "to" FROM mail_outbox ORDER BY id DESC LIMIT 1').get() as { to: string }).to).toBe('inkorg@kommun.se');
		expect(totpRequired(db)).toBe(false);
		expect(signupRetentionDays(db)).toBe(14);
	});

	it("a changed suppression threshold changes a report's suppression and its method note", async () => {
		const url = new URL('http://x/personal/rapporter?period=manad&varde=2026-10&per=venue&och=category');
		const before = m.reports.buildReport(m.reports.reportQuery(url));
		expect(before.method.suppressBelow).toBe(5);
		const middling = before.table.groups.find((g) => !g.figures.suppressed && g.figures.participants !== null && g.figures.participants >= 5 && g.figures.participants < 10);
		expect(middling, 'a cell of 5–9 participants shown at the default threshold').toBeTruthy();
		expect(await m.execute(m.saveSiteSettings, admin, { ...Object.fromEntries(Object.entries(m.readSiteSettings(db)).map(([k, v]) => [k, typeof v === 'boolean' ? v : String(v)])), suppressBelow: '10' })).toMatchObject({ ok: true });
		const after = m.reports.buildReport(m.reports.reportQuery(url));
		expect(after.method.suppressBelow).toBe(10);
		const same = after.table.groups.find((g) => g.keys.join('|') === middling!.keys.join('|'))!;
		expect(same.figures.suppressed).toBe(true);
		expect(after.table.groups.filter((g) => !g.figures.suppressed).every((g) => (g.figures.participants ?? 0) === 0 || g.figures.participants! >= 10)).toBe(true);
	});
});
