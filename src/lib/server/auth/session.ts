import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db';
import { sessions, users } from '../db/schema';
import { isHttpsOrigin } from '../config';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SESSION_DAYS = 30;
const RENEW_WITHIN_DAYS = 15;

/**
 * However active the session, it ends this long after sign-in (and with it the second factor):
 * 12 hours for staff, a working day; 30 days for organisers.
 */
export function absoluteLifetimeMs(role: SessionUser['role']): number {
	return role === 'organiser' ? 30 * DAY : 12 * HOUR;
}

/** 160 random bits, base32-ish; only its SHA-256 is ever stored. */
export function generateToken(): string {
	return randomBytes(20).toString('base64url');
}

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** `__Host-` and Secure in production (https origin); plain name on http for local use and tests. */
export function sessionCookieName(): string {
	return isSecureOrigin() ? '__Host-traffpunkt' : 'traffpunkt_session';
}

function isSecureOrigin() {
	return isHttpsOrigin();
}

export function createSession(db: Db, userId: number, now = new Date()) {
	const token = generateToken();
	const role = db.select({ role: users.role }).from(users).where(eq(users.id, userId)).get()?.role ?? 'admin';
	const expiresAt = new Date(Math.min(now.getTime() + SESSION_DAYS * DAY, now.getTime() + absoluteLifetimeMs(role)));
	db.insert(sessions).values({ id: hashToken(token), userId, expiresAt, createdAt: now }).run();
	return { token, expiresAt };
}

export type SessionUser = {
	id: number;
	name: string;
	email: string;
	role: 'organiser' | 'moderator' | 'admin';
	totpEnabled: boolean;
};

/**
 * Valid session → its user; expired, past its absolute lifetime, or disabled → null. Sliding
 * expiry: renewed in its second half, never beyond the absolute end.
 */
export function validateSessionToken(db: Db, token: string, now = new Date()) {
	const id = hashToken(token);
	const row = db
		.select({
			sessionId: sessions.id,
			expiresAt: sessions.expiresAt,
			createdAt: sessions.createdAt,
			secondFactorVerified: sessions.secondFactorVerified,
			id: users.id,
			name: users.name,
			email: users.email,
			role: users.role,
			disabled: users.disabled,
			totpEnabled: users.totpEnabled
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, id))
		.get();
	if (!row) return null;
	const absoluteEnd = row.createdAt.getTime() + absoluteLifetimeMs(row.role);
	if (row.expiresAt.getTime() <= now.getTime() || absoluteEnd <= now.getTime() || row.disabled) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return null;
	}
	let expiresAt = new Date(Math.min(row.expiresAt.getTime(), absoluteEnd));
	if (expiresAt.getTime() - now.getTime() < RENEW_WITHIN_DAYS * DAY && expiresAt.getTime() < absoluteEnd) {
		expiresAt = new Date(Math.min(now.getTime() + SESSION_DAYS * DAY, absoluteEnd));
		db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id)).run();
	}
	const user: SessionUser = { id: row.id, name: row.name, email: row.email, role: row.role, totpEnabled: row.totpEnabled };
	return { session: { id, expiresAt, secondFactorVerified: row.secondFactorVerified }, user };
}

export function markSecondFactor(db: Db, sessionId: string) {
	db.update(sessions).set({ secondFactorVerified: true }).where(eq(sessions.id, sessionId)).run();
}

export function invalidateSession(db: Db, sessionId: string) {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** On password change and account disable: every device is signed out. */
export function invalidateUserSessions(db: Db, userId: number) {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date) {
	cookies.set(sessionCookieName(), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecureOrigin(),
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies) {
	cookies.delete(sessionCookieName(), { path: '/', secure: isSecureOrigin() });
}
