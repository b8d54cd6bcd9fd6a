import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { freshDatabase } from './helpers';
import { tableNames, type Db } from '../../src/lib/server/db/index';
import { createUser, createUserToken, consumeUserToken } from '../../src/lib/server/commands/accounts';
import { createSession, hashToken, validateSessionToken } from '../../src/lib/server/auth/session';
import { changePassword, createAdmin, delayAfter, recordFailure, reissueInvitation, resetTwoFactor, SIGN_IN_RULES } from '../../src/lib/server/commands/accounts';
import { encryptPlainTotpSecrets, hitRateLimit, purgeOutbox, purgeThrottles, redactDeadLinks } from '../../src/lib/server/commands/ops';
import { throttleWait } from '../../src/lib/server/db/queries/accounts';
import { passwordProblem } from '../../src/lib/server/auth/password-policy';
import { totpSecretOf } from '../../src/lib/server/auth/totp';
import { enableTotp, useRecoveryCode } from '../../src/lib/server/commands/two-factor';
import { decryptSecret, encryptSecret, forgetTotpKey, parseKey } from '../../src/lib/server/auth/secret-box';
import { outboxBody } from '../../src/lib/server/mail/personal-links';
import { checkHealth } from '../../src/lib/server/db/queries/health';
import { databaseUrlProblem, productionConfigProblems } from '../../src/lib/server/config';
import { mailOutbox } from '../../src/lib/server/db/schema';

const KEY = 'b7'.repeat(32);
let db: Db;
let n = 0;
const person = (role: 'organiser' | 'moderator' | 'admin' = 'organiser') => createUser(db, { email: `p${n++}@test.invalid`, name: `Person ${n}`, role, passwordHash: 'x' });

function storedAnywhere(needle: string): string[] {
	const tables = tableNames(db);
	return tables.filter((t) => (db.$client.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]).some((row) => Object.values(row).some((v) => typeof v === 'string' && v.includes(needle))));
}

beforeAll(() => {
	process.env.TOTP_ENCRYPTION_KEY = KEY;
	forgetTotpKey();
	db = freshDatabase();
	process.env.DATABASE_URL = db.$client.name;
});

describe('sign-in throttling', () => {
	it('grows the delay after the free failures instead of locking', () => {
		expect([5, 6, 7, 8, 12, 40].map((f) => delayAfter(f, SIGN_IN_RULES.pair))).toEqual([0, 30_000, 60_000, 120_000, 900_000, 900_000]);
		expect(delayAfter(10, SIGN_IN_RULES.account)).toBe(0);
		expect(delayAfter(11, SIGN_IN_RULES.account)).toBe(15_000);
	});

	it('counts per key: one client’s failures leave another’s key untouched, and are forgotten after an hour', () => {
		const t0 = new Date('2026-05-01T10:00:00Z');
		for (let i = 0; i < 8; i++) recordFailure(db, [{ key: 'test:A', rule: SIGN_IN_RULES.pair }], new Date(t0.getTime() + i));
		expect(throttleWait(db, ['test:A'], t0)).toBeGreaterThan(100_000);
		expect(throttleWait(db, ['test:B'], t0)).toBe(0);
		const later = new Date(t0.getTime() + 61 * 60_000);
		expect(recordFailure(db, [{ key: 'test:A', rule: SIGN_IN_RULES.pair }], later)).toBe(0);
		expect(purgeThrottles(db, new Date(later.getTime() + 25 * 3_600_000))).toBeGreaterThan(0);
	});

	it('fixed windows for the simpler limits', () => {
		const t0 = new Date('2026-05-02T10:00:00Z');
		expect([1, 2, 3].map((i) => hitRateLimit(db, 'test:window', 3_600_000, new Date(t0.getTime() + i)))).toEqual([1, 2, 3]);
		expect(hitRateLimit(db, 'test:window', 3_600_000, new Date(t0.getTime() + 3_600_001))).toBe(1);
	});
});

describe('new passwords', () => {
	it('need 12 characters, not only spaces, not the person’s name or address, and not a common one', () => {
		const anna = { name: 'Anna Svensson', email: 'anna.svensson@karlskoga.se' };
		expect(passwordProblem('kort lösen', anna)).toBe('short');
		expect(passwordProblem(' '.repeat(14), anna)).toBe('blank');
		expect(passwordProblem('Svensson1958!!', anna)).toBe('personal');
		expect(passwordProblem('annasvensson12', anna)).toBe('personal');
		for (const common of ['password1234', 'qwertyuiop12', 'lösenord1234', '123456789012', 'sommar2024!!', 'karlskoga123']) expect(passwordProblem(common, anna), common).toBe('common');
		for (const good of ['korv med bröd och senap', 'stickning vid älven i maj', 'Tre blå cyklar i regnet']) expect(passwordProblem(good, anna), good).toBeNull();
	});
});

describe('accounts', () => {
	it('a password change ends every other session and keeps the one in use', () => {
		const u = person();
		const here = createSession(db, u.id);
		const others = [createSession(db, u.id), createSession(db, u.id)];
		const link = createUserToken(db, u.id, 'reset', 3_600_000);
		expect(changePassword(db, u.id, 'new-hash', hashToken(here.token))).toBe(2);
		expect(validateSessionToken(db, here.token)).not.toBeNull();
		for (const o of others) expect(validateSessionToken(db, o.token)).toBeNull();
		expect(db.$client.prepare('SELECT used_at FROM user_tokens WHERE token_hash = ?').get(hashToken(link))).toMatchObject({ used_at: expect.any(Number) });
		expect(db.$client.prepare(`SELECT action FROM audit_log WHERE entity_id = ? ORDER BY id DESC`).get(u.id)).toEqual({ action: 'user.password_changed' });
	});

	it('two-factor: secret encrypted at rest, recovery codes salted, reset by an admin', async () => {
		const u = person('moderator');
		const secret = new Secret({ size: 20 }).base32;
		const codes = await enableTotp(db, u.id, secret);
		const row = db.$client.prepare('SELECT totp_secret AS s FROM users WHERE id = ?').get(u.id) as { s: string };
		expect(row.s).toMatch(/^v1:/);
		expect(storedAnywhere(secret)).toEqual([]);
		expect(totpSecretOf(db, u.id)).toBe(secret);
		expect(decryptSecret(row.s, parseKey('c1'.repeat(32))!), 'another key reads nothing').toBeNull();
		const hashes = (db.$client.prepare('SELECT code_hash AS h FROM recovery_codes WHERE user_id = ?').all(u.id) as { h: string }[]).map((r) => r.h);
		expect(hashes).toHaveLength(10);
		for (const h of hashes) expect(h).toMatch(/^s1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
		for (const c of codes) expect(storedAnywhere(c)).toEqual([]);
		expect(hashes).not.toContain(createHash('sha256').update(codes[0]).digest('hex'));
		expect(await useRecoveryCode(db, u.id, codes[0].toUpperCase())).toBe(true);
		expect(await useRecoveryCode(db, u.id, codes[0])).toBe(false);
		// A code stored the old way (unsalted SHA-256) still works once.
		db.$client.prepare('INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)').run(u.id, createHash('sha256').update('abcde-12345').digest('hex'));
		expect(await useRecoveryCode(db, u.id, 'abcde-12345')).toBe(true);

		const admin = person('admin');
		const s = createSession(db, u.id);
		expect(resetTwoFactor(db, admin.id, u.id)).toBe(true);
		expect(db.$client.prepare('SELECT totp_enabled AS on1, totp_secret AS s FROM users WHERE id = ?').get(u.id)).toEqual({ on1: 0, s: null });
		expect(db.$client.prepare('SELECT count(*) AS n FROM recovery_codes WHERE user_id = ?').get(u.id)).toEqual({ n: 0 });
		expect(validateSessionToken(db, s.token)).toBeNull();
		expect(new TOTP({ secret: Secret.fromBase32(secret) }).generate()).toMatch(/^\d{6}$/);
	});

	it('secrets stored before encryption are encrypted at start', () => {
		const u = person('moderator');
		db.$client.prepare('UPDATE users SET totp_secret = ? WHERE id = ?').run('JBSWY3DPEHPK3PXP', u.id);
		expect(encryptPlainTotpSecrets(db, parseKey(KEY)!)).toBeGreaterThanOrEqual(1);
		const stored = (db.$client.prepare('SELECT totp_secret AS s FROM users WHERE id = ?').get(u.id) as { s: string }).s;
		expect(stored).toMatch(/^v1:/);
		expect(decryptSecret(stored, parseKey(KEY)!)).toBe('JBSWY3DPEHPK3PXP');
		// Tampered: one bit of the ciphertext flipped. (Changing the last base64 character is not enough:
		// its low bits can be padding that the decoder ignores, so such a test passed or failed by chance.)
		const sealed = encryptSecret('x', parseKey(KEY)!);
		const parts = sealed.split('.');
		const data = Buffer.from(parts[2], 'base64url');
		data[0] ^= 1;
		const tampered = [...parts.slice(0, 2), data.toString('base64url')].join('.');
		expect(tampered).not.toBe(sealed);
		expect(decryptSecret(tampered, parseKey(KEY)!)).toBeNull();
	});

	it('a new invitation voids the old link; someone with a password needs none', () => {
		const admin = person('admin');
		const pending = createUser(db, { email: 'ny@test.invalid', name: 'Ny Person', role: 'organiser' });
		const old = createUserToken(db, pending.id, 'invite', 3_600_000);
		const again = reissueInvitation(db, admin.id, pending.id)!;
		expect(again.token).not.toBe(old);
		expect(db.$client.prepare('SELECT used_at FROM user_tokens WHERE token_hash = ?').get(hashToken(old))).toMatchObject({ used_at: expect.any(Number) });
		expect(reissueInvitation(db, admin.id, person().id)).toBeNull();
	});

	it('create-admin makes an account without a password and a 24-hour link, once per address', () => {
		const made = createAdmin(db, { email: 'Chef@Karlskoga.test', name: 'Chef Chefsson' })!;
		expect(made.token).toMatch(/^[A-Za-z0-9_-]{27}$/);
		expect(db.$client.prepare('SELECT role, password_hash AS h FROM users WHERE email = ?').get('chef@karlskoga.test')).toEqual({ role: 'admin', h: null });
		expect(createAdmin(db, { email: 'chef@karlskoga.test', name: 'Någon annan' })).toBeNull();
	});
});

describe('the outbox', () => {
	const mail = (to: string, body: string, createdAt = new Date()) => db.insert(mailOutbox).values({ to, subject: 'Test', body, createdAt }).returning({ id: mailOutbox.id }).get().id;

	it('is emptied of mail older than the sign-up retention, files included', () => {
		const dir = join(dirname(db.$client.name), 'outbox');
		const old = mail('a@test.invalid', 'gammalt', new Date(Date.now() - 40 * 86_400_000));
		const fresh = mail('a@test.invalid', 'nytt');
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, `${old}.txt`), 'gammalt');
		expect(purgeOutbox(db, 30, new Date(), dir)).toBe(1);
		expect(existsSync(join(dir, `${old}.txt`))).toBe(false);
		expect(db.$client.prepare('SELECT id FROM mail_outbox WHERE id IN (?, ?)').all(old, fresh)).toEqual([{ id: fresh }]);
	});

	it('loses a personal link once it is used or expired, and keeps a live one', () => {
		const u = person();
		const used = createUserToken(db, u.id, 'reset', 3_600_000);
		const live = createUserToken(db, u.id, 'reset', 3_600_000);
		const expired = createUserToken(db, u.id, 'invite', -1);
		const id = mail(u.email, `Länk 1: https://x.test/konto/losenord/${used}\nLänk 2: https://x.test/konto/losenord/${live}\nLänk 3: https://x.test/konto/losenord/${expired}\nAvboka: https://x.test/anmalan/avboka/finnsinteAAAA`);
		consumeUserToken(db, used);
		expect(redactDeadLinks(db, new Date(), join(dirname(db.$client.name), 'outbox'))).toBeGreaterThanOrEqual(1);
		const body = (db.$client.prepare('SELECT body FROM mail_outbox WHERE id = ?').get(id) as { body: string }).body;
		expect(body).toContain(`/konto/losenord/${live}`);
		for (const dead of [used, expired, 'finnsinteAAAA']) expect(body).not.toContain(dead);
		expect(body.match(/länken är använd eller har gått ut/g)).toHaveLength(3);
	});

	it('in the demo shows links, but never one in mail to another staff account', () => {
		const body = 'Välj lösenord: https://x.test/konto/losenord/AbCdEfGh12345678';
		expect(outboxBody(body, { demo: true, toStaffAccount: false, toReader: false })).toBe(body);
		expect(outboxBody(body, { demo: true, toStaffAccount: true, toReader: false })).not.toContain('AbCdEfGh');
		expect(outboxBody(body, { demo: true, toStaffAccount: true, toReader: true })).toBe(body);
		expect(outboxBody(body, { demo: false, toStaffAccount: false, toReader: true })).not.toContain('AbCdEfGh');
	});
});

describe('operations', () => {
	it('/healthz: database reachable and every migration applied', () => {
		expect(checkHealth(() => db)).toMatchObject({ ok: true, database: 'ok', migrations: 'current' });
		const other = freshDatabase();
		other.$client.prepare('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)').run();
		expect(checkHealth(() => other)).toMatchObject({ ok: false, migrations: 'behind' });
		expect(checkHealth(() => { throw new Error('disk gone'); })).toMatchObject({ ok: false, database: 'unreachable' });
	});

	it('a production start needs ORIGIN (no path) and a 32-byte TOTP key', () => {
		expect(productionConfigProblems({})).toHaveLength(2);
		expect(productionConfigProblems({ ORIGIN: 'https://traffpunkt.karlskoga.se/', TOTP_ENCRYPTION_KEY: KEY })).toHaveLength(1);
		expect(productionConfigProblems({ ORIGIN: 'https://traffpunkt.karlskoga.se', TOTP_ENCRYPTION_KEY: 'kort' })).toHaveLength(1);
		expect(productionConfigProblems({ ORIGIN: 'https://traffpunkt.karlskoga.se', TOTP_ENCRYPTION_KEY: KEY })).toEqual([]);
	});

	it('any start refuses a PostgreSQL DATABASE_URL it cannot use, in plain words', () => {
		expect(databaseUrlProblem({ DATABASE_URL: 'postgres://traffpunkt@db/traffpunkt?schema=karlskoga' })).toBeNull();
		expect(databaseUrlProblem({ DATABASE_URL: 'postgres://traffpunkt@db/traffpunkt?schema=Karl-skoga' })).toMatch(/schema/);
		expect(databaseUrlProblem({ DATABASE_URL: 'postgresql://db/x' })).toBeNull();
		expect(databaseUrlProblem({ DATABASE_URL: '/var/lib/traffpunkt/traffpunkt.db' })).toBeNull();
		expect(databaseUrlProblem({})).toBeNull();
	});
});
