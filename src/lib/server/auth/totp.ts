import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { databasePath, type Db } from '../db';
import { users } from '../db/schema';
import { getSetting } from '../db/queries/settings';
import { decryptSecret, encryptSecret, totpKey } from './secret-box';
import { siteName } from '../site-settings';

export const PERIOD = 30;

export function totpFor(secret: string, label: string) {
	return new TOTP({ issuer: siteName(), label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
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

/** The form a TOTP secret is stored in: encrypted with the key from the environment. */
export function sealTotpSecret(secret: string): string {
	return encryptSecret(secret, totpKey(databasePath()));
}

/** The plain secret (decrypted), or null when there is none or it cannot be read with this key. */
export function totpSecretOf(db: Db, userId: number): string | null {
	const stored = db.select({ s: users.totpSecret }).from(users).where(eq(users.id, userId)).get()?.s ?? null;
	if (!stored) return null;
	const plain = decryptSecret(stored, totpKey(databasePath()));
	if (plain === null) console.error(JSON.stringify({ event: 'totp.undecryptable', user: userId }));
	return plain;
}
