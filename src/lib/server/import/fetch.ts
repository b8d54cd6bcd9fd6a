import http from 'node:http';
import https from 'node:https';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { createHash } from 'node:crypto';

/** Why a fetch failed, as a code the message files put into plain words. */
export type FetchErrorCode = 'bad_url' | 'private_address' | 'no_answer' | 'timeout' | 'not_found' | 'http_error' | 'too_large' | 'not_calendar' | 'too_many_redirects';

export type FetchResult =
	| { kind: 'ok'; text: string; etag: string | null; lastModified: string | null; checksum: string }
	| { kind: 'not_modified' }
	| { kind: 'error'; code: FetchErrorCode };

export type FetchOptions = { etag?: string | null; lastModified?: string | null; timeoutMs?: number; maxBytes?: number; allowPrivate?: boolean };

export const MAX_BYTES = 2 * 1024 * 1024;
export const TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 5;

const blocked = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const)
	blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 127], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) blocked.addSubnet(net, prefix, 'ipv6');

/** Private, loopback, link-local and other non-public ranges (IPv4-mapped IPv6 checked as IPv4). */
export function isPrivateAddress(ip: string): boolean {
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
	if (mapped) return blocked.check(mapped[1], 'ipv4');
	return blocked.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
}

export const privateAllowed = () => process.env.IMPORT_ALLOW_PRIVATE_ADDRESSES === '1';

/** Checks an address as typed: http(s) only, no credentials. Returns the URL or null. */
export function parseFeedUrl(raw: string): URL | null {
	try {
		const url = new URL(raw.trim().replace(/^webcals?:\/\//i, 'https://'));
		return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password ? url : null;
	} catch {
		return null;
	}
}

/** A checksum of the calendar that ignores DTSTAMP (many servers stamp every export with the time of the request). */
export function calendarChecksum(text: string): string {
	const body = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/).filter((l) => !/^DTSTAMP[:;]/i.test(l)).join('\n');
	return createHash('sha256').update(body).digest('hex');
}

/** Resolves the host once and pins the connection to the checked address (no rebinding between check and connect). */
async function resolveChecked(host: string, allowPrivate: boolean): Promise<{ address: string; family: number } | FetchErrorCode> {
	const bare = host.replace(/^\[|\]$/g, '');
	let found: { address: string; family: number }[];
	try {
		found = isIP(bare) ? [{ address: bare, family: isIP(bare) }] : await lookup(bare, { all: true });
	} catch {
		return 'no_answer';
	}
	if (!found.length) return 'no_answer';
	if (!allowPrivate && found.some((a) => isPrivateAddress(a.address))) return 'private_address';
	return found[0];
}

/**
 * Joins folded lines before the bytes are decoded: exporters fold at 75 bytes, often in the middle
 * of an å or an emoji, and decoding first would turn both halves into replacement characters.
 */
export function unfoldBytes(body: Buffer): Buffer {
	const out = Buffer.alloc(body.length);
	let n = 0;
	for (let i = 0; i < body.length; i++) {
		const b = body[i];
		if (b === 0x0d && body[i + 1] === 0x0a && (body[i + 2] === 0x20 || body[i + 2] === 0x09)) i += 2;
		else if (b === 0x0a && (body[i + 1] === 0x20 || body[i + 1] === 0x09)) i += 1;
		else out[n++] = b;
	}
	return out.subarray(0, n);
}

type Hop = { status: number; location: string | null; etag: string | null; lastModified: string | null; contentType: string; body: Buffer | null } | FetchErrorCode;

function request(url: URL, pinned: { address: string; family: number }, opts: Required<Pick<FetchOptions, 'maxBytes'>> & FetchOptions, deadline: number): Promise<Hop> {
	return new Promise((resolve) => {
		const headers: Record<string, string> = { accept: 'text/calendar, text/plain;q=0.5, */*;q=0.1', 'user-agent': 'Traffpunkt-kalenderimport/1.0' };
		if (opts.etag) headers['if-none-match'] = opts.etag;
		if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
		const lib = url.protocol === 'https:' ? https : http;
		const req = lib.get(url, { headers, lookup: (_h, _o, cb) => cb(null, [{ address: pinned.address, family: pinned.family }] as never) }, (res) => {
			const status = res.statusCode ?? 0;
			const one = (name: string) => {
				const v = res.headers[name];
				return typeof v === 'string' ? v : null;
			};
			if (status >= 300 && status < 400 && status !== 304) {
				res.resume();
				return resolve({ status, location: one('location'), etag: null, lastModified: null, contentType: '', body: null });
			}
			if (status !== 200) {
				res.resume();
				return resolve({ status, location: null, etag: null, lastModified: null, contentType: '', body: null });
			}
			if (Number(res.headers['content-length'] ?? 0) > opts.maxBytes) {
				req.destroy();
				return resolve('too_large');
			}
			const chunks: Buffer[] = [];
			let size = 0;
			res.on('data', (c: Buffer) => {
				size += c.length;
				if (size > opts.maxBytes) {
					req.destroy();
					resolve('too_large');
				} else chunks.push(c);
			});
			res.on('end', () => resolve({ status, location: null, etag: one('etag'), lastModified: one('last-modified'), contentType: one('content-type') ?? '', body: Buffer.concat(chunks) }));
			res.on('error', () => resolve('no_answer'));
		});
		const timer = setTimeout(() => {
			req.destroy();
			resolve('timeout');
		}, Math.max(1, deadline - Date.now()));
		req.on('error', () => resolve('no_answer'));
		req.on('close', () => clearTimeout(timer));
	});
}

/**
 * Fetches a calendar feed safely: http(s) only, every hop's address resolved and refused when it
 * is private (unless allowed), redirects followed by hand and checked again (at most five), a size
 * and time limit, and a conditional GET with the last ETag and Last-Modified.
 */
export async function fetchCalendar(raw: string, opts: FetchOptions = {}): Promise<FetchResult> {
	const o = { maxBytes: MAX_BYTES, timeoutMs: TIMEOUT_MS, allowPrivate: privateAllowed(), ...opts };
	const deadline = Date.now() + o.timeoutMs;
	let url = parseFeedUrl(raw);
	if (!url) return { kind: 'error', code: 'bad_url' };
	for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
		const pinned = await resolveChecked(url.hostname, o.allowPrivate);
		if (typeof pinned === 'string') return { kind: 'error', code: pinned };
		const res = await request(url, pinned, o, deadline);
		if (typeof res === 'string') return { kind: 'error', code: res };
		if (res.status === 304) return { kind: 'not_modified' };
		if (res.location) {
			let next: URL | null = null;
			try {
				next = parseFeedUrl(new URL(res.location, url).href);
			} catch {
				next = null;
			}
			if (!next) return { kind: 'error', code: 'bad_url' };
			url = next;
			continue;
		}
		if (res.status === 404 || res.status === 410) return { kind: 'error', code: 'not_found' };
		if (res.status !== 200 || !res.body) return { kind: 'error', code: 'http_error' };
		const text = new TextDecoder('utf-8').decode(unfoldBytes(res.body)).replace(/^\uFEFF/, '');
		if (!/^\s*BEGIN:VCALENDAR/i.test(text)) return { kind: 'error', code: 'not_calendar' };
		return { kind: 'ok', text, etag: res.etag, lastModified: res.lastModified, checksum: calendarChecksum(text) };
	}
	return { kind: 'error', code: 'too_many_redirects' };
}
