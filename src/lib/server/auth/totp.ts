import { and, eq, isNull } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { databasePath, type Db } from '../db';
import { recoveryCodes, users } from '../db/schema';
import { getSetting } from '../db/queries/settings';
import { logAudit } from '../db/queries/audit';
import { decryptSecret, encryptSecret, totpKey } from './secret-box';
import { hashRecoveryCode, newRecoveryCode, recoveryCodeMatches } from './recovery-codes';

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

/** The form a TOTP secret is stored in: encrypted with the key from the environment. */
export function sealTotpSecret(secret: string): string {
	return encryptSecret(secret, totpKey(databasePath()));
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

/** The plain secret (decrypted), or null when there is none or it cannot be read with this key. */
export function totpSecretOf(db: Db, userId: number): string | null {
	const stored = db.select({ s: users.totpSecret }).from(users).where(eq(users.id, userId)).get()?.s ?? null;
	if (!stored) return null;
	const plain = decryptSecret(stored, totpKey(databasePath()));
	if (plain === null) console.error(JSON.stringify({ event: 'totp.undecryptable', user: userId }));
	return plain;
}
