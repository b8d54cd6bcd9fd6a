import { expect, test, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { ACCOUNTS, BASE_URL, DEMO_PASSWORD, apiAs, dbGet, unique } from '../pages/backoffice';

/**
 * The built server refuses form posts from other sites (SvelteKit's origin check): a foreign
 * Origin header, or none at all, gets 403 before any action runs.
 */

const FOREIGN = ['https://evil.example', 'http://127.0.0.1.evil.example', `http://localhost:${new URL(BASE_URL).port}`, 'null'];

type Body = { kind: 'urlencoded' | 'multipart' | 'text'; fields: Record<string, string> };

function post(ctx: APIRequestContext, path: string, body: Body, origin: string | null) {
	const headers: Record<string, string> = { Accept: 'text/html' };
	if (origin !== null) headers.Origin = origin;
	const common = { headers, maxRedirects: 0, failOnStatusCode: false };
	if (body.kind === 'multipart') return ctx.post(`${BASE_URL}${path}`, { ...common, multipart: body.fields });
	if (body.kind === 'text')
		return ctx.post(`${BASE_URL}${path}`, {
			...common,
			headers: { ...headers, 'content-type': 'text/plain' },
			data: Object.entries(body.fields).map(([k, v]) => `${k}=${v}`).join('\r\n')
		});
	return ctx.post(`${BASE_URL}${path}`, { ...common, form: body.fields });
}


test('sign-in from another site, or without an Origin header, is refused with 403', async () => {
	const ctx = await playwrightRequest.newContext({ baseURL: BASE_URL });
	const good = { email: ACCOUNTS.moderator, password: DEMO_PASSWORD };
	for (const kind of ['urlencoded', 'multipart', 'text'] as const) {
		for (const origin of [...FOREIGN, null]) {
			const res = await post(ctx, '/konto/logga-in', { kind, fields: good }, origin);
			expect(res.status(), `${kind} with Origin ${origin}`).toBe(403);
			expect(res.headers()['set-cookie'] ?? '', `${kind} with Origin ${origin}`).not.toContain('traffpunkt_session');
			expect(await res.text()).toContain('Cross-site POST form submissions are forbidden');
		}
	}
	expect((await ctx.storageState()).cookies).toEqual([]);

	// The same request from the site itself signs in (so the 403s above are the origin check).
	const same = await post(ctx, '/konto/logga-in', { kind: 'urlencoded', fields: good }, BASE_URL);
	expect(same.status()).toBe(303);
	expect(same.headers()['set-cookie']).toContain('traffpunkt_session=');
	await ctx.dispose();
});

test('the accessibility report form refuses foreign and missing origins', async () => {
	const ctx = await playwrightRequest.newContext({ baseURL: BASE_URL });
	const message = `Knappen syns dåligt ${unique()}`;
	const fields = { message, page: '/aktiviteter', contact: '' };
	for (const origin of [...FOREIGN, null]) {
		const res = await post(ctx, '/tillganglighet', { kind: 'urlencoded', fields }, origin);
		expect(res.status(), `Origin ${origin}`).toBe(403);
	}
	const multipart = await post(ctx, '/tillganglighet', { kind: 'multipart', fields }, 'https://evil.example');
	expect(multipart.status()).toBe(403);
	expect(dbGet('SELECT id FROM accessibility_reports WHERE message = ?', message)).toBeUndefined();

	const same = await post(ctx, '/tillganglighet', { kind: 'urlencoded', fields }, BASE_URL);
	expect(same.status()).toBe(200);
	expect(dbGet<{ n: number }>('SELECT count(*) AS n FROM accessibility_reports WHERE message = ?', message)!.n).toBe(1);
	await ctx.dispose();
});

test('a signed-in session does not help a cross-site post', async () => {
	const moderator = await apiAs(ACCOUNTS.moderator);
	const org = dbGet<{ id: number; trusted: number }>(`SELECT id, trusted FROM organisations WHERE name = 'Korpen Karlskoga friskvård'`)!;
	for (const origin of ['https://evil.example', null]) {
		const trust = await post(moderator, '/personal/foreningar?/trust', { kind: 'urlencoded', fields: { organisationId: String(org.id), trusted: '1' } }, origin);
		expect(trust.status()).toBe(403);
		const signOut = await post(moderator, '/konto/logga-ut', { kind: 'urlencoded', fields: {} }, origin);
		expect(signOut.status()).toBe(403);
	}
	expect(dbGet<{ trusted: number }>('SELECT trusted FROM organisations WHERE id = ?', org.id)!.trusted).toBe(org.trusted);
	// Still signed in: the forged sign-out did nothing.
	const queue = await moderator.get('/personal/granskning', { maxRedirects: 0 });
	expect(queue.status()).toBe(200);
	// GET requests and JSON are not form posts and are not affected.
	const api = await moderator.get('/api/v1/stadsdelar', { headers: { Origin: 'https://evil.example' } });
	expect(api.status()).toBe(200);
	await moderator.dispose();
});
