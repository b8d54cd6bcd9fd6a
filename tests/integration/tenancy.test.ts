import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDb } from '../../src/lib/server/db';
import { cached, cacheGeneration, invalidateCache } from '../../src/lib/server/cache';
import { siteOrigin } from '../../src/lib/server/origin';
import { siteName } from '../../src/lib/server/site-settings';
import { allTenants, currentTenant, neighboursOf, readRegistry, resetTenancy, tenantById, tenantForHost, withTenant } from '../../src/lib/server/tenancy';
import { productionConfigProblems } from '../../src/lib/server/config';

/**
 * Several municipalities in one process (README "Flera kommuner"): a host name picks one; its
 * database, caches and origin are its own; code outside any municipality cannot reach data.
 */
describe('municipalities by host name', () => {
	let dir: string;
	const saved = process.env.MUNICIPALITIES_FILE;

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'traffpunkt-tenancy-'));
		writeFileSync(
			join(dir, 'kommuner.json'),
			JSON.stringify({
				municipalities: [
					{ id: 'karlskoga', name: 'Karlskoga', origin: 'https://traffpunkt.karlskoga.example', hosts: ['www.traffpunkt.karlskoga.example'], database: 'k.db', neighbours: ['degerfors'] },
					{ id: 'degerfors', name: 'Degerfors', origin: 'https://traffpunkt.degerfors.example', database: 'd.db', neighbours: ['karlskoga', 'storfors'] },
					{ id: 'lekeberg', name: 'Lekeberg', origin: 'https://traffpunkt.lekeberg.example', database: 'l.db' }
				]
			})
		);
		process.env.MUNICIPALITIES_FILE = join(dir, 'kommuner.json');
		resetTenancy();
	});
	afterAll(() => {
		for (const t of allTenants()) (t.state.get('db') as ReturnType<typeof getDb> | undefined)?.$client.close();
		if (saved === undefined) delete process.env.MUNICIPALITIES_FILE;
		else process.env.MUNICIPALITIES_FILE = saved;
		resetTenancy();
		rmSync(dir, { recursive: true, force: true });
	});

	it('a host name picks its municipality; an unknown host none', () => {
		expect(tenantForHost('traffpunkt.degerfors.example')?.id).toBe('degerfors');
		expect(tenantForHost('WWW.traffpunkt.karlskoga.example')?.id).toBe('karlskoga');
		expect(tenantForHost('traffpunkt.example')).toBeUndefined();
		// A neighbour that is not served is left out rather than failing.
		expect(neighboursOf(tenantById('degerfors')!).map((t) => t.id)).toEqual(['karlskoga']);
	});

	it('outside a municipality no data can be reached', () => {
		expect(() => currentTenant()).toThrow(/No municipality chosen/);
		expect(() => getDb()).toThrow(/No municipality chosen/);
	});

	it('each municipality has its own database, caches and address', () => {
		const k = tenantById('karlskoga')!;
		const d = tenantById('degerfors')!;
		const kDb = withTenant(k, () => getDb());
		const dDb = withTenant(d, () => getDb());
		expect(kDb.$client.name).toBe(join(dir, 'k.db'));
		expect(dDb.$client.name).toBe(join(dir, 'd.db'));
		expect(withTenant(k, () => getDb())).toBe(kDb);

		const l = tenantById('lekeberg')!;
		withTenant(k, () => cached('x', () => 'Karlskoga'));
		expect(withTenant(d, () => cached('x', () => 'Degerfors'))).toBe('Degerfors');
		expect(withTenant(l, () => cached('x', () => 'Lekeberg'))).toBe('Lekeberg');
		const before = { d: withTenant(d, () => cacheGeneration()), l: withTenant(l, () => cacheGeneration()) };
		withTenant(k, () => invalidateCache());
		// Lekeberg shows nothing of Karlskoga's: untouched. Degerfors lists Karlskoga's dates beside its own: its pages go.
		expect(withTenant(l, () => cacheGeneration())).toBe(before.l);
		expect(withTenant(l, () => cached('x', () => 'again'))).toBe('Lekeberg');
		expect(withTenant(d, () => cacheGeneration())).toBe(before.d + 1);
		expect(withTenant(k, () => cached('x', () => 'fresh'))).toBe('fresh');

		expect(withTenant(d, () => siteOrigin())).toBe('https://traffpunkt.degerfors.example');
		expect(withTenant(d, () => siteName())).toBe('Träffpunkt Degerfors');
	});

	it('the context follows asynchronous work (timers, promises) started inside it', async () => {
		const d = tenantById('degerfors')!;
		const seen = await withTenant(d, () => new Promise<string>((resolve) => setTimeout(() => resolve(currentTenant().id), 5)));
		expect(seen).toBe('degerfors');
	});

	it('a registry with a mistake is refused with the reason', () => {
		const bad = join(dir, 'bad.json');
		writeFileSync(bad, JSON.stringify({ municipalities: [{ id: 'Karl Skoga', name: 'K', origin: 'karlskoga', database: 'k.db' }] }));
		expect(() => readRegistry(bad)).toThrow(/id|origin|name/);
		writeFileSync(bad, JSON.stringify({ municipalities: [{ id: 'a1', name: 'Aa', origin: 'https://a.example', database: 'a.db' }, { id: 'a1', name: 'Bb', origin: 'https://b.example', database: 'b.db' }] }));
		expect(() => readRegistry(bad)).toThrow(/used twice/);
	});

	it('production start: ORIGIN must not be set beside the registry', () => {
		const env = { MUNICIPALITIES_FILE: 'kommuner.json', TOTP_ENCRYPTION_KEY: 'a'.repeat(64) };
		expect(productionConfigProblems(env)).toEqual([]);
		expect(productionConfigProblems({ ...env, ORIGIN: 'https://x.example' }).join(' ')).toMatch(/ORIGIN must not be set/);
	});
});
