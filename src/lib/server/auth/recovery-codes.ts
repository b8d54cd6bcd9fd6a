import { randomBytes, scrypt, timingSafeEqual, createHash } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number }) => Promise<Buffer>;

/** scrypt with a salt of its own per code: a copied table gives no code away by lookup. */
const PARAMS = { N: 8192, r: 8, p: 1 };
const PREFIX = 's1$';

export function newRecoveryCode(): string {
	const raw = randomBytes(5).toString('hex');
	return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

function normalise(code: string) {
	return code.trim().toLowerCase();
}

export async function hashRecoveryCode(code: string): Promise<string> {
	const salt = randomBytes(16);
	const hash = await scryptAsync(normalise(code), salt, 32, PARAMS);
	return `${PREFIX}${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** Also reads the unsalted SHA-256 of codes made before salting (they stay valid until used). */
export async function recoveryCodeMatches(stored: string, code: string): Promise<boolean> {
	if (!stored.startsWith(PREFIX)) {
		const legacy = createHash('sha256').update(normalise(code)).digest('hex');
		return legacy.length === stored.length && timingSafeEqual(Buffer.from(legacy), Buffer.from(stored));
	}
	const [salt, hash] = stored.slice(PREFIX.length).split('$').map((p) => Buffer.from(p, 'base64url'));
	const candidate = await scryptAsync(normalise(code), salt, 32, PARAMS);
	return candidate.length === hash.length && timingSafeEqual(candidate, hash);
}
