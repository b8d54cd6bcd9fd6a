import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** AES-256-GCM with a key from the environment: a copied database file does not give away TOTP secrets. */
const PREFIX = 'v1:';

export function isEncryptedSecret(stored: string): boolean {
	return stored.startsWith(PREFIX);
}

export function encryptSecret(plain: string, key: Buffer): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', key, iv);
	const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
	return PREFIX + [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
}

/** The plain secret, or null when it was encrypted with another key (or tampered with). */
export function decryptSecret(stored: string, key: Buffer): string | null {
	if (!isEncryptedSecret(stored)) return stored;
	try {
		const [iv, tag, data] = stored.slice(PREFIX.length).split('.').map((p) => Buffer.from(p, 'base64url'));
		const decipher = createDecipheriv('aes-256-gcm', key, iv);
		decipher.setAuthTag(tag);
		return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
	} catch {
		return null;
	}
}

/** 32 bytes written as 64 hex digits or as base64; anything else is refused. */
export function parseKey(raw: string): Buffer | null {
	const text = raw.trim();
	const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
	return key.length === 32 ? key : null;
}

let cached: Buffer | undefined;

/**
 * `TOTP_ENCRYPTION_KEY` from the environment. Without it (the demo, development, tests) a key is
 * kept in a file beside the database, created on first use: fine for trying things, not for
 * production, where start-up refuses to go on without the variable (see config.ts).
 */
export function totpKey(databaseFile: string): Buffer {
	if (cached) return cached;
	const raw = process.env.TOTP_ENCRYPTION_KEY;
	if (raw) {
		const key = parseKey(raw);
		if (!key) throw new Error('TOTP_ENCRYPTION_KEY must be 32 bytes as 64 hex digits or base64 (openssl rand -hex 32).');
		return (cached = key);
	}
	// A PostgreSQL demo keeps its key where an SQLite demo would: beside the default database file.
	const beside = /^postgres(ql)?:\/\//.test(databaseFile) ? 'data/traffpunkt.db' : databaseFile;
	const file = databaseFile === ':memory:' ? null : join(dirname(resolve(beside)), 'totp-demo.key');
	if (!file) return (cached = randomBytes(32));
	if (!existsSync(file)) {
		mkdirSync(dirname(file), { recursive: true });
		try {
			writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // another process made it first
		}
	}
	return (cached = parseKey(readFileSync(file, 'utf8'))!);
}

/** For tests that switch keys. */
export function forgetTotpKey() {
	cached = undefined;
}
