import type { Handle } from '@sveltejs/kit';
import { LRUCache } from 'lru-cache';
import { cacheGeneration } from './cache';
import { sessionCookieName } from './auth/session';
import { EMBED_PARAMS } from '../domain/embed';
import { tenantState } from './tenancy';

/**
 * Micro-cache of whole public responses for anonymous visitors. Public pages are the same for
 * everyone with the same URL, language and text size; entries live 30 s and are dropped on any
 * write (the cache generation changes). CSP uses hashes, not nonces, so a cached page stays valid.
 * The cache holds at most `PAGE_CACHE_MB` (32) megabytes, least recently used out first.
 */
const TTL_MS = 30_000;
const MAX_BODY = 512 * 1024;
type Entry = { generation: number; status: number; headers: [string, string][]; body: Uint8Array };

/** One per municipality (tenancy.ts), each of at most `PAGE_CACHE_MB`. */
const local = () =>
	tenantState('page-cache', () => ({
		seenGeneration: -1,
		entries: new LRUCache<string, Entry>({
			maxSize: Math.max(1, Number(process.env.PAGE_CACHE_MB ?? 32)) * 1024 * 1024,
			sizeCalculation: (e, key) => e.body.length + key.length + e.headers.reduce((n, [k, v]) => n + k.length + v.length, 0) + 64,
			ttl: TTL_MS
		})
	}));

const CACHEABLE = /^\/($|aktiviteter|platser|stadsdelar|karta|program|kalender\.ics|rss\.xml|api\/v1\/|tillganglighet$|personuppgifter$|inbaddning)/;

/**
 * The query parameters public pages read (README "Public URLs"); any other is left out of a page's
 * key. A page that starts reading a new parameter must add it here (tests/e2e/public/page-cache.spec.ts).
 */
const KNOWN = new Set([
	'q', 'stadsdel', 'kategori', 'plats', 'nar', 'fran', 'till', 'dag', 'tid', 'gratis', 'utan-anmalan',
	'tillganglighet', 'sprak', 'malgrupp', 'sida', 'visa', 'vecka', 'typ', 'nara', 'lat', 'lng', 'aktivitet', 'tillfalle', 'grannar',
	...EMBED_PARAMS
]);
/** The API and the feeds refuse unknown parameters (400, never cached): their whole query is the key. */
const STRICT = /^\/(api\/|kalender\.ics$|rss\.xml$|aktiviteter\/\d+\/kalender\.ics$)/;

/**
 * The key of a request. SvelteKit has already removed `/__data.json` and its
 * `x-sveltekit-invalidated` mask from `event.url`, so a data request is keyed on the raw request
 * URL instead: page and data answers never share an entry, nor do data answers for different masks.
 */
export function pageCacheKey(url: URL, rawUrl: URL, isDataRequest: boolean, locale: string, textSize: string) {
	const source = isDataRequest ? rawUrl : url;
	const strict = STRICT.test(source.pathname);
	const params = [...source.searchParams].filter(([k]) => strict || KNOWN.has(k) || (isDataRequest && k.startsWith('x-sveltekit-')));
	const query = new URLSearchParams(params).toString();
	return `${isDataRequest ? 'data' : 'page'}|${locale}|${textSize}|${source.pathname}${query ? `?${query}` : ''}`;
}

export const pageCache: Handle = async ({ event, resolve }) => {
	const { request, url, locals, cookies } = event;
	if (process.env.PAGE_CACHE === '0' || request.method !== 'GET' || !CACHEABLE.test(url.pathname) || cookies.get(sessionCookieName()))
		return resolve(event);
	const l = local();
	const { entries } = l;
	if (l.seenGeneration !== cacheGeneration()) {
		entries.clear();
		l.seenGeneration = cacheGeneration();
	}
	// The start page's district picker shows the remembered district (a preference cookie, like text size).
	const key = `${pageCacheKey(url, new URL(request.url), event.isDataRequest, locals.locale, locals.textSize)}|${cookies.get('stadsdel') ?? ''}`;
	const hit = entries.get(key);
	if (hit && hit.generation === cacheGeneration()) return new Response(hit.body.slice(), { status: hit.status, headers: hit.headers });
	const generation = cacheGeneration();
	const response = await resolve(event);
	if (response.status !== 200 || response.headers.has('set-cookie')) return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = [...response.headers];
	if (body.length <= MAX_BODY && generation === cacheGeneration()) entries.set(key, { generation, status: 200, headers, body });
	return new Response(body, { status: 200, headers });
};
