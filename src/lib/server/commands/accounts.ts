import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../db';
import { knownDevices, recoveryCodes, sessions, throttles, userTokens, users, type UserRole } from '../db/schema';
import { logAudit } from './audit';
import { generateToken, hashToken } from '../auth/session';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Growing delays instead of a lock: after `free` failures each further one makes the next attempt
 * wait twice as long as the one before, from `base` up to `cap`. Failures are forgotten an hour
 * after the last one.
 */
export type DelayRule = { free: number; base: number; cap: number };

export const SIGN_IN_RULES = {
	/** One client guessing one account: 30 s after the sixth miss, then 1, 2, 4, 8 and 15 minutes. */
	pair: { free: 5, base: 30 * SECOND, cap: 15 * MINUTE },
	/** One client trying many accounts (a shared computer at a meeting point makes a few mistakes too). */
	address: { free: 30, base: 30 * SECOND, cap: 15 * MINUTE },
	/** Many clients guessing one account; not applied on a device where the account signed in before. */
	account: { free: 10, base: 15 * SECOND, cap: 5 * MINUTE }
} satisfies Record<string, DelayRule>;

const FORGET_AFTER = HOUR;

export function delayAfter(failures: number, rule: DelayRule): number {
	if (failures <= rule.free) return 0;
	return Math.min(rule.cap, rule.base * 2 ** (failures - rule.free - 1));
}

/** Counts a failed attempt against each key; returns the longest wait the keys now impose. */
export function recordFailure(db: Db, keys: { key: string; rule: DelayRule }[], now = new Date()): number {
	return db.transaction(() => {
		let wait = 0;
		for (const { key, rule } of keys) {
			const row = db.select().from(throttles).where(eq(throttles.key, key)).get();
			const fresh = !row || row.windowStart.getTime() + FORGET_AFTER <= now.getTime();
			const count = fresh ? 1 : row.count + 1;
			const delay = delayAfter(count, rule);
			const nextAllowedAt = delay ? new Date(now.getTime() + delay) : null;
			db.insert(throttles)
				.values({ key, count, windowStart: now, nextAllowedAt })
				.onConflictDoUpdate({ target: throttles.key, set: { count, windowStart: now, nextAllowedAt } })
				.run();
			wait = Math.max(wait, delay);
		}
		return wait;
	});
}

/** A correct sign-in clears what was counted against that account (not the client's address). */
export function clearFailures(db: Db, keys: string[]) {
	db.transaction(() => {
		for (const key of keys) db.delete(throttles).where(eq(throttles.key, key)).run();
	});
}

/** Remembers the browser (by the hash of its device cookie) where the account just signed in. */
export function rememberDevice(db: Db, userId: number, tokenHash: string, now = new Date()) {
	db.transaction(() => {
		db.insert(knownDevices)
			.values({ tokenHash, userId, lastUsedAt: now })
			.onConflictDoUpdate({ target: knownDevices.tokenHash, set: { userId, lastUsedAt: now } })
			.run();
	});
}

/**
 * A signed-in person changes their password: every other session of theirs ends, the one in use
 * stays. Password-reset and invitation links still waiting are voided too.
 */
export function changePassword(db: Db, userId: number, passwordHash: string, keepSessionId: string) {
	return db.transaction(() => {
		db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
		const ended = db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId))).run().changes;
		db.update(userTokens).set({ usedAt: new Date() }).where(and(eq(userTokens.userId, userId), isNull(userTokens.usedAt))).run();
		logAudit(db, { actorUserId: userId, action: 'user.password_changed', entityType: 'user', entityId: userId, summary: `Bytte lösenord; ${ended} andra inloggningar avslutade` });
		return ended;
	});
}

/**
 * An admin turns someone's two-factor off (a lost phone and lost codes): secret and recovery codes
 * go, the person is signed out everywhere and enrols again at the next sign-in.
 */
export function resetTwoFactor(db: Db, actorUserId: number, userId: number) {
	return db.transaction(() => {
		const u = db.select({ name: users.name }).from(users).where(eq(users.id, userId)).get();
		if (!u) return false;
		db.update(users).set({ totpSecret: null, totpEnabled: false, totpLastStep: null }).where(eq(users.id, userId)).run();
		db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
		db.delete(sessions).where(eq(sessions.userId, userId)).run();
		logAudit(db, { actorUserId, action: 'user.totp_reset', entityType: 'user', entityId: userId, summary: `${u.name}: tvåstegsinloggning nollställd` });
		return true;
	});
}

const INVITE_TTL = 7 * 24 * HOUR;

/**
 * A new invitation link for someone who has not chosen a password yet; earlier links stop working.
 * Returns the token to mail, or null when the person already has a password (they use "forgot").
 */
export function reissueInvitation(db: Db, actorUserId: number, userId: number, now = new Date()) {
	return db.transaction(() => {
		const u = db.select({ name: users.name, email: users.email, passwordHash: users.passwordHash, disabled: users.disabled }).from(users).where(eq(users.id, userId)).get();
		if (!u || u.passwordHash || u.disabled) return null;
		db.update(userTokens).set({ usedAt: now }).where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, 'invite'), isNull(userTokens.usedAt))).run();
		const token = generateToken();
		db.insert(userTokens).values({ tokenHash: hashToken(token), userId, purpose: 'invite', expiresAt: new Date(now.getTime() + INVITE_TTL) }).run();
		logAudit(db, { actorUserId, action: 'user.invitation_resent', entityType: 'user', entityId: userId, summary: `Ny inbjudan till ${u.name}` });
		return { token, name: u.name, email: u.email };
	});
}

/**
 * The first (or another) admin, from the command line: an account without a password and a link,
 * valid 24 hours, where the person chooses one. Refuses an address that already has an account.
 */
export function createAdmin(db: Db, person: { email: string; name: string }, now = new Date()) {
	return db.transaction(() => {
		const email = person.email.trim().toLowerCase();
		if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) return null;
		const user = db.insert(users).values({ email, name: person.name.trim(), role: 'admin', passwordHash: null, createdAt: now }).returning({ id: users.id }).get();
		const token = generateToken();
		db.insert(userTokens).values({ tokenHash: hashToken(token), userId: user.id, purpose: 'invite', expiresAt: new Date(now.getTime() + 24 * HOUR) }).run();
		logAudit(db, { actorUserId: null, action: 'user.admin_created', entityType: 'user', entityId: user.id, summary: `Administratör ${person.name.trim()} skapad från kommandoraden` });
		return { userId: user.id, token };
	});
}

export function createUser(db: Db, input: { email: string; name: string; role: UserRole; passwordHash?: string | null }) {
	return db
		.insert(users)
		.values({ ...input, email: input.email.trim().toLowerCase(), passwordHash: input.passwordHash ?? null, createdAt: new Date() })
		.returning()
		.get();
}

export function setPasswordHash(db: Db, userId: number, passwordHash: string) {
	db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
}

/** A single-use link token; only its hash is stored. */
export function createUserToken(db: Db, userId: number, purpose: 'invite' | 'reset', ttlMs: number) {
	const token = generateToken();
	db.insert(userTokens)
		.values({ tokenHash: hashToken(token), userId, purpose, expiresAt: new Date(Date.now() + ttlMs) })
		.run();
	return token;
}

export function consumeUserToken(db: Db, token: string) {
	db.update(userTokens).set({ usedAt: new Date() }).where(eq(userTokens.tokenHash, hashToken(token))).run();
}
