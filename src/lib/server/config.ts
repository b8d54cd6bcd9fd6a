import { parsePostgresUrl } from './db/pg-sync';
import { parseKey } from './auth/secret-box';
import { currentTenant, hasTenant, isMultiTenant } from './tenancy';

/** The demo (`npm start`, tests) seeds sample data and may run without production settings. */
export function isDemoStart(): boolean {
	return process.env.DEMO_DATA === '1';
}

/**
 * What a production start needs, as plain sentences; empty when all is there. `npm start` (the
 * demo) and `vite dev` are exempt.
 */
export function productionConfigProblems(env: NodeJS.ProcessEnv = process.env): string[] {
	const problems: string[] = [];
	const origin = env.ORIGIN ?? '';
	if (env.MUNICIPALITIES_FILE) {
		if (origin) problems.push('ORIGIN must not be set with MUNICIPALITIES_FILE: each municipality has its own address ("origin") in that file.');
	} else if (!/^https?:\/\/[^/\s]+$/.test(origin))
		problems.push('ORIGIN must be the public address without a path, e.g. ORIGIN=https://traffpunkt.karlskoga.se (links in e-mail are built from it, never from the Host header).');
	if (!env.TOTP_ENCRYPTION_KEY || !parseKey(env.TOTP_ENCRYPTION_KEY))
		problems.push('TOTP_ENCRYPTION_KEY must be 32 random bytes as 64 hex digits (openssl rand -hex 32); two-factor secrets are encrypted with it. Keep it apart from the backups.');
	return problems;
}

/** A PostgreSQL address in DATABASE_URL that cannot be used: not a URL, or a schema name PostgreSQL would need quoted. */
export function databaseUrlProblem(env: NodeJS.ProcessEnv = process.env): string | null {
	const url = env.DATABASE_URL ?? '';
	if (!/^postgres(ql)?:\/\//i.test(url)) return null;
	try {
		parsePostgresUrl(url);
		return null;
	} catch (e) {
		return `DATABASE_URL: ${(e as Error).message} Write it as postgres://user@host/database, with ?schema=name for one municipality's schema (README, "Skala upp").`;
	}
}

/**
 * Where links in e-mail point: the configured public address. Only `vite dev` and a demo without
 * ORIGIN fall back to the request's own origin.
 */
export function linkOrigin(url: URL): string {
	if (isMultiTenant()) return currentTenant().origin;
	return (process.env.ORIGIN ?? url.origin).replace(/\/$/, '');
}

export function isHttpsOrigin(): boolean {
	if (isMultiTenant()) return hasTenant() && currentTenant().origin.startsWith('https://');
	return (process.env.ORIGIN ?? '').startsWith('https://');
}

/** Sent with every response, static files included (server.js sets them there). */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(self), payment=(), usb=()';
export const HSTS = 'max-age=31536000; includeSubDomains';
