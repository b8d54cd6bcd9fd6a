import type { Handle } from '@sveltejs/kit';
import { gzipSync } from 'node:zlib';

/** Feeds and the API: large, repetitive text that calendar servers and harvesters fetch often. */
const FEED_PATHS = /^\/(kalender\.ics|rss\.xml|api\/|aktiviteter\/\d+\/kalender\.ics)/;
const MIN_BYTES = 1024;

/** Sends feed and API responses gzip'd to clients that accept it (pages are left to the proxy). */
export const compressFeeds: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (event.request.method !== 'GET' || !FEED_PATHS.test(event.url.pathname) || !response.body || response.headers.has('content-encoding'))
		return response;
	const gzip = /\bgzip\b/i.test(event.request.headers.get('accept-encoding') ?? '');
	const small = Number(response.headers.get('content-length') ?? Infinity) < MIN_BYTES;
	if (!gzip || small) {
		// Passed on as it is, unread: re-reading the body cost a twentieth of an API request.
		response.headers.append('vary', 'Accept-Encoding');
		return response;
	}
	const headers = new Headers(response.headers);
	headers.append('vary', 'Accept-Encoding');
	const body = new Uint8Array(await response.arrayBuffer());
	if (body.length < MIN_BYTES) return new Response(body, { status: response.status, headers });
	headers.set('content-encoding', 'gzip');
	headers.delete('content-length');
	return new Response(gzipSync(body), { status: response.status, headers });
};
