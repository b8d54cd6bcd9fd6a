import { describe, expect, it } from 'vitest';
import { routeId, routeKeys } from './route-keys';
import { ACCESS } from '../access-classes';
import { areaOf } from '../../src/lib/server/auth/areas';

const sources = import.meta.glob('../../src/routes/**/+page.server.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const pathOf = (key: string) => key.split(' ')[1];

describe('every route is classified', () => {
	it('every page, form action and endpoint has a row in tests/access-classes.ts, and no row is stale', async () => {
		const existing = await routeKeys();
		expect(existing.length).toBeGreaterThan(100);
		const classified = Object.keys(ACCESS).sort();
		expect(existing.filter((k) => !classified.includes(k)), 'add these to tests/access-classes.ts').toEqual([]);
		expect(classified.filter((k) => !existing.includes(k)), 'these rows name routes that no longer exist').toEqual([]);
	});

	it('the classification agrees with the guard by path prefix in hooks.server.ts', () => {
		const problems: string[] = [];
		for (const [key, audience] of Object.entries(ACCESS)) {
			const area = areaOf(pathOf(key));
			const guarded = audience === 'organiser' || audience === 'staff' || audience === 'admin';
			if (guarded && !area) problems.push(`${key} is ${audience} but no area guards it`);
			if (area && !guarded) problems.push(`${key} lies in ${area.prefix} but is classified ${audience}`);
			if (area?.prefix === '/personal' && audience === 'organiser') problems.push(`${key}: staff area classified organiser`);
			if (area?.prefix === '/forening' && audience !== 'organiser') problems.push(`${key}: organiser area classified ${audience}`);
		}
		expect(problems).toEqual([]);
	});

	it('every action for signed-in people decides who acts (an actor or a role check) in its own module', () => {
		const guarded = Object.entries(ACCESS).filter(([k, a]) => k.startsWith('action ') && a !== 'public' && a !== 'personal-link');
		const unguarded = guarded
			.map(([k]) => Object.entries(sources).find(([file]) => routeId(file) === pathOf(k)))
			.filter((found): found is [string, string] => Boolean(found))
			.filter(([, src]) => !/\b(staffActor|adminActor|organiserActor|requireRole|requireOrganisation|locals\.user|locals\.session)\b/.test(src))
			.map(([file]) => file);
		expect(guarded.length).toBeGreaterThan(40);
		expect([...new Set(unguarded)]).toEqual([]);
	});
});
