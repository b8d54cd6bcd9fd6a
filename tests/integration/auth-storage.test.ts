import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from './helpers';
import { tableNames, type Db } from '../../src/lib/server/db/index';
import { seedDatabase, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/lib/server/seed/index';
import { hashPassword, verifyPassword } from '../../src/lib/server/auth/password';
import {
	createSession,
	generateToken,
	hashToken,
	invalidateSession,
	invalidateUserSessions,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { createUser, createUserToken } from '../../src/lib/server/commands/accounts';

const DAY = 86_400_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

let db: Db;
const userId = (email: string) => (db.$client.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: number }).id;
const sessionRows = () => db.$client.prepare('SELECT * FROM sessions').all() as { id: string; user_id: number; expires_at: number }[];

/** True when `needle` occurs in any cell of any table (the whole database file, as rows). */
function storedAnywhere(needle: string): string[] {
	const tables = tableNames(db);
	return tables.filter((t) => (db.$client.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]).some((row) => Object.values(row).some((v) => typeof v === 'string' && v.includes(needle))));
}

beforeAll(async () => {
	db = freshDatabase();
	await seedDatabase(db);
}, 60_000);

describe('passwords', () => {
	it('are stored as argon2id with m=19456, t=2, p=1 and a salt of their own', async () => {
		const rows = db.$client.prepare('SELECT email, password_hash AS hash FROM users WHERE password_hash IS NOT NULL').all() as { email: string; hash: string }[];
		expect(rows.map((r) => r.email)).toEqual(expect.arrayContaining(DEMO_ACCOUNTS.map((a) => a.email)));
		for (const { hash } of rows) {
			expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{16,}\$[A-Za-z0-9+/]{32,}$/);
			expect(hash).not.toContain(DEMO_PASSWORD);
			expect(await verifyPassword(hash, DEMO_PASSWORD)).toBe(true);
			expect(await verifyPassword(hash, `${DEMO_PASSWORD}x`)).toBe(false);
		}
		const [a, b] = [await hashPassword('samma lösenord'), await hashPassword('samma lösenord')];
		expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(a).not.toBe(b);
		expect(await verifyPassword(null, DEMO_PASSWORD)).toBe(false);
		expect(await verifyPassword('inte en hash', DEMO_PASSWORD)).toBe(false);
	});
});

describe('sessions', () => {
	it('store only the SHA-256 of the token', () => {
		const id = userId(DEMO_ACCOUNTS[0].email);
		const now = new Date('2026-03-01T10:00:00Z');
		const { token, expiresAt } = createSession(db, id, now);
		expect(token).toMatch(/^[A-Za-z0-9_-]{27}$/);
		expect(expiresAt.getTime()).toBe(now.getTime() + 30 * DAY);
		const row = sessionRows().find((r) => r.user_id === id)!;
		expect(row.id).toBe(sha256(token));
		expect(row.id).toBe(hashToken(token));
		expect(row.expires_at).toBe(expiresAt.getTime());
		expect(storedAnywhere(token)).toEqual([]);
		expect(generateToken()).not.toBe(generateToken());
	});

	it('slide within the absolute lifetime: organisers 30 days, staff 12 hours, however active', () => {
		const organiser = userId(DEMO_ACCOUNTS[0].email);
		const t0 = new Date('2026-04-01T08:00:00Z').getTime();
		const { token } = createSession(db, organiser, new Date(t0));
		const stored = () => sessionRows().find((r) => r.id === hashToken(token))?.expires_at;
		const early = validateSessionToken(db, token, new Date(t0 + 10 * DAY))!;
		expect(early.user).toMatchObject({ id: organiser, role: 'organiser' });
		expect(early.session.expiresAt.getTime()).toBe(t0 + 30 * DAY);
		// In its second half the sliding expiry would move on, but not past 30 days from sign-in.
		expect(validateSessionToken(db, token, new Date(t0 + 29 * DAY))!.session.expiresAt.getTime()).toBe(t0 + 30 * DAY);
		expect(stored()).toBe(t0 + 30 * DAY);
		expect(validateSessionToken(db, `${token}x`, new Date(t0 + 21 * DAY))).toBeNull();
		expect(validateSessionToken(db, token, new Date(t0 + 30 * DAY))).toBeNull();
		expect(stored()).toBeUndefined();

		const moderator = userId(DEMO_ACCOUNTS[1].email);
		const staff = createSession(db, moderator, new Date(t0));
		expect(staff.expiresAt.getTime()).toBe(t0 + 12 * 3_600_000);
		for (let h = 1; h < 12; h++) expect(validateSessionToken(db, staff.token, new Date(t0 + h * 3_600_000)), `hour ${h}`).not.toBeNull();
		expect(validateSessionToken(db, staff.token, new Date(t0 + 12 * 3_600_000))).toBeNull();
	});

	it('from before the absolute lifetime existed (no start time) count as expired', () => {
		const id = userId(DEMO_ACCOUNTS[0].email);
		const { token } = createSession(db, id);
		db.$client.prepare('UPDATE sessions SET created_at = 0 WHERE id = ?').run(hashToken(token));
		expect(validateSessionToken(db, token)).toBeNull();
	});

	it('of a disabled account stop working', () => {
		const user = createUser(db, { email: 'avstangd@test.invalid', name: 'Avstängd', role: 'organiser' });
		const { token } = createSession(db, user.id);
		expect(validateSessionToken(db, token)).not.toBeNull();
		db.$client.prepare('UPDATE users SET disabled = 1 WHERE id = ?').run(user.id);
		expect(validateSessionToken(db, token)).toBeNull();
		expect(sessionRows().filter((r) => r.user_id === user.id)).toEqual([]);
	});

	it('are all removed by invalidateUserSessions, and only that user’s', () => {
		const id = userId(DEMO_ACCOUNTS[2].email);
		const other = createUser(db, { email: 'annan@test.invalid', name: 'Annan', role: 'organiser' });
		const tokens = [createSession(db, id).token, createSession(db, id).token, createSession(db, id).token];
		const kept = createSession(db, other.id).token;
		expect(sessionRows().filter((r) => r.user_id === id)).toHaveLength(3);
		invalidateUserSessions(db, id);
		expect(sessionRows().filter((r) => r.user_id === id)).toEqual([]);
		for (const t of tokens) expect(validateSessionToken(db, t)).toBeNull();
		expect(validateSessionToken(db, kept)?.user.id).toBe(other.id);
		invalidateSession(db, hashToken(kept));
		expect(validateSessionToken(db, kept)).toBeNull();
	});
});

describe('e-mailed link tokens', () => {
	it('are stored as SHA-256 too', () => {
		const id = userId(DEMO_ACCOUNTS[0].email);
		const token = createUserToken(db, id, 'reset', 3600_000);
		const row = db.$client.prepare("SELECT token_hash, purpose FROM user_tokens WHERE user_id = ? AND purpose = 'reset' ORDER BY expires_at DESC").get(id) as { token_hash: string; purpose: string };
		expect(row).toEqual({ token_hash: sha256(token), purpose: 'reset' });
		expect(storedAnywhere(token)).toEqual([]);
	});
});
