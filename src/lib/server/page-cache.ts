import type { Handle } from '@sveltejs/kit';
import { cacheGeneration } from './cache';
import { sessionCookieName } from './auth/session';

/**
 * Micro-cache of whole public responses for anonymous visitors. Public pages are the same for
 * everyone with the same URL, language and text size; entries live 30 s and are dropped on any
 * write (the cache generation changes). CSP uses hashes, not nonces, so a cached page stays valid.
 */
const TTL_MS = 30_000;
const MAX_ENTRIES = 1_000;
const MAX_BODY = 512 * 1024;
type Entry = { at: number; generation: number; status: number; headers: [string, string][]; body: Uint8Array };
const entries = new Map<string, Entry>();

const CACHEABLE = /^\/($|aktiviteter|platser|stadsdelar|karta|program|kalender\.ics|rss\.xml|api\/v1\/|tillganglighet$|personuppgifter$)/;

export const pageCache: Handle = async ({ event, resolve }) => {
	const { request, url, locals, cookies } = event;
	if (process.env.PAGE_CACHE === '0' || request.method !== 'GET' || !CACHEABLE.test(url.pathname) || cookies.get(sessionCookieName()) || url.searchParams.has('x-sveltekit-invalidated'))
		return resolve(event);
	// The start page's district picker shows the remembered district (a preference cookie, like text size).
	const key = `${locals.locale}|${locals.textSize}|${cookies.get('stadsdel') ?? ''}|${url.pathname}${url.search}`;
	const now = Date.now();
	const hit = entries.get(key);
	if (hit && now - hit.at < TTL_MS && hit.generation === cacheGeneration())
		return new Response(hit.body.slice(), { status: hit.status, headers: hit.headers });
	const response = await resolve(event);
	if (response.status !== 200 || response.headers.has('set-cookie')) return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = [...response.headers];
	if (body.length <= MAX_BODY) {
		if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
		entries.set(key, { at: now, generation: cacheGeneration(), status: 200, headers, body });
	}
	return new Response(body, { status: 200, headers });
};
