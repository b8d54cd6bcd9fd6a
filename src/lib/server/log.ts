import { createHash } from 'node:crypto';

/**
 * One JSON object a line on stdout (journald, docker logs and log shippers read it as it is).
 * Never a password, token, code or full e-mail address: see maskEmail and accountRef.
 */
export function logEvent(event: string, fields: Record<string, string | number | boolean | null | undefined> = {}) {
	console.log(JSON.stringify({ at: new Date().toISOString(), event, ...fields }));
}

/** "a***@karlskoga.se": enough to recognise a typo in the domain, not enough to know the person. */
export function maskEmail(email: string): string {
	const [local, domain] = email.trim().toLowerCase().split('@');
	if (!domain) return '***';
	return `${local.slice(0, 1)}***@${domain}`;
}

/** A stable short reference to an address, to follow attempts on one account across log lines. */
export function accountRef(email: string): string {
	return createHash('sha256').update(`traffpunkt:${email.trim().toLowerCase()}`).digest('hex').slice(0, 16);
}
