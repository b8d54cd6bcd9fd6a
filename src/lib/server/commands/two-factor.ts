import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { recoveryCodes, users } from '../db/schema';
import { PERIOD, newTotpSecret, sealTotpSecret, totpFor, totpSecretOf } from '../auth/totp';
import { hashRecoveryCode, newRecoveryCode, recoveryCodeMatches } from '../auth/recovery-codes';
import { logAudit } from './audit';

/*
 * Two-factor bookkeeping. Hashing and code checks are asynchronous or depend on the clock, so these
 * are plain functions that each write in one transaction (below the command runner, like sign-in).
 */

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
export async function enableTotp(db: Db, userId: number, secret: string): Promise<string[]> {
	const codes = Array.from({ length: 10 }, newRecoveryCode);
	const hashes = await Promise.all(codes.map(hashRecoveryCode));
	const sealed = sealTotpSecret(secret);
	db.transaction(() => {
		db.update(users).set({ totpSecret: sealed, totpEnabled: true }).where(eq(users.id, userId)).run();
		db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
		db.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash }))).run();
		logAudit(db, { actorUserId: userId, action: 'user.totp_enabled', entityType: 'user', entityId: userId, summary: 'Tvåstegsinloggning påslagen' });
	});
	return codes;
}

/** A recovery code works once. Each stored code has its own salt, so every unused one is tried. */
export async function useRecoveryCode(db: Db, userId: number, code: string): Promise<boolean> {
	if (!/^[0-9a-f]{5}-?[0-9a-f]{5}$/i.test(code.trim())) return false;
	const normal = code.trim().replace(/^(.{5})-?/, '$1-');
	const rows = db
		.select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash })
		.from(recoveryCodes)
		.where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
		.all();
	for (const row of rows) {
		if (!(await recoveryCodeMatches(row.codeHash, normal))) continue;
		const used = db.transaction(() => {
			const claimed = db.update(recoveryCodes).set({ usedAt: new Date() }).where(and(eq(recoveryCodes.id, row.id), isNull(recoveryCodes.usedAt))).run().changes;
			if (claimed) logAudit(db, { actorUserId: userId, action: 'user.recovery_code_used', entityType: 'user', entityId: userId, summary: 'Reservkod använd vid inloggning' });
			return claimed === 1;
		});
		return used;
	}
	return false;
}

/** The secret waits on the user row (not yet enabled) so that a reload shows the same QR code. */
export function pendingTotpSecret(db: Db, userId: number): string {
	let secret = totpSecretOf(db, userId);
	if (!secret) {
		secret = newTotpSecret();
		db.update(users).set({ totpSecret: sealTotpSecret(secret) }).where(eq(users.id, userId)).run();
	}
	return secret;
}
