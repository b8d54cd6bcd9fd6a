import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { compressFeeds } from './compress';

const big = 'BEGIN:VEVENT\r\n'.repeat(500);
const run = (path: string, encoding: string | null, body = big, type = 'text/calendar') =>
	compressFeeds({
		event: { url: new URL(`https://traffpunkt.example${path}`), request: new Request(`https://traffpunkt.example${path}`, { headers: encoding ? { 'accept-encoding': encoding } : {} }) },
		resolve: async () => new Response(body, { headers: { 'content-type': type, 'cache-control': 'public, max-age=300' } })
	} as never) as Promise<Response>;

describe('compressFeeds', () => {
	it.each(['/kalender.ics?stadsdel=sanna', '/rss.xml', '/api/v1/aktiviteter', '/aktiviteter/12/kalender.ics'])('gzips %s for a client that accepts it', async (path) => {
		const res = await run(path, 'gzip, deflate, br');
		expect(res.headers.get('content-encoding')).toBe('gzip');
		expect(res.headers.get('vary')).toContain('Accept-Encoding');
		expect(res.headers.get('content-type')).toBe('text/calendar');
		expect(gunzipSync(new Uint8Array(await res.arrayBuffer())).toString()).toBe(big);
	});

	it('sends plain bytes (with Vary) to a client that does not, and leaves small bodies and pages alone', async () => {
		const plain = await run('/kalender.ics', null);
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(plain.headers.get('vary')).toContain('Accept-Encoding');
		expect(await plain.text()).toBe(big);
		expect((await run('/api/v1/stadsdelar', 'gzip', '{}')).headers.get('content-encoding')).toBeNull();
		expect((await run('/aktiviteter', 'gzip', big, 'text/html')).headers.get('content-encoding')).toBeNull();
	});
});
