import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Db } from '../db';
import { recoveryCodes, users } from '../db/schema';
import { getSetting } from '../db/queries/settings';
import { hashToken } from './session';
import { logAudit } from '../db/queries/audit';

const ISSUER = 'Träffpunkt Karlskoga';
const PERIOD = 30;

function totpFor(secret: string, label: string) {
	return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

/** Two-factor is required of staff unless the setting says otherwise (the demo database turns it off). */
export function totpRequired(db: Db): boolean {
	return getSetting(db, 'require_totp') !== '0';
}

export function newTotpSecret(): string {
	return new Secret({ size: 20 }).base32;
}

export async function enrolmentQr(secret: string, email: string) {
	const uri = totpFor(secret, email).toString();
	return { uri, svg: await QRCode.toString(uri, { type: 'svg', margin: 1, width: 220 }) };
}

/**
 * Checks a 6-digit code (±1 step for clock drift) and refuses a code at or before the last step
 * accepted, so a code seen over someone's shoulder cannot be used again.
 */
export function verifyTotp(db: Db, userId: number, secret: string, code: string, now = Date.now()): boolean {
	const clean = code.replace(/\s/g, '');
	if (!/^\d{6}$/.test(clean)) return false;
	const user = db.select({ email: users.email, last: users.totpLastStep }).from(users).where(eq(users.id, userId)).get();
	if (!user) return false;
	const delta = totpFor(secret, user.email).validate({ token: clean, timestamp: now, window: 1 });
	if (delta === null) return false;
	const step = Math.floor(now / 1000 / PERIOD) + delta;
	if (user.last !== null && step <= user.last) return false;
	db.update(users).set({ totpLastStep: step }).where(eq(users.id, userId)).run();
	return true;
}

/** Turns two-factor on with a verified secret and returns ten fresh recovery codes (shown once). */
export function enableTotp(db: Db, userId: number, secret: string): string[] {
	const codes = Array.from({ length: 10 }, () => {
		const raw = randomBytes(5).toString('hex');
		return `${raw.slice(0, 5)}-${raw.slice(5)}`;
	});
	db.transaction((tx) => {
		tx.update(users).set({ totpSecret: secret, totpEnabled: true }).where(eq(users.id, userId)).run();
		tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
		tx.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: hashToken(c) }))).run();
	});
	logAudit(db, { actorUserId: userId, action: 'user.totp_enabled', entityType: 'user', entityId: userId, summary: 'Tvåstegsinloggning påslagen' });
	return codes;
}

/** A recovery code works once. */
export function useRecoveryCode(db: Db, userId: number, code: string): boolean {
	const hash = hashToken(code.trim().toLowerCase());
	const row = db
		.select({ id: recoveryCodes.id })
		.from(recoveryCodes)
		.where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hash), isNull(recoveryCodes.usedAt)))
		.get();
	if (!row) return false;
	db.update(recoveryCodes).set({ usedAt: new Date() }).where(eq(recoveryCodes.id, row.id)).run();
	logAudit(db, { actorUserId: userId, action: 'user.recovery_code_used', entityType: 'user', entityId: userId, summary: 'Reservkod använd vid inloggning' });
	return true;
}

export function totpSecretOf(db: Db, userId: number): string | null {
	return db.select({ s: users.totpSecret }).from(users).where(eq(users.id, userId)).get()?.s ?? null;
}
