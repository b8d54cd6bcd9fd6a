import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { registerSchema, setShouldValidateFormat, validate } from '@hyperjump/json-schema/openapi-3-1';
import '@hyperjump/json-schema/formats-lite';
import booleanClockwise from '@turf/boolean-clockwise';
import { openDatabase, type Db } from '../../src/lib/server/db/index';
import { seedDatabase } from '../../src/lib/server/seed/index';

/**
 * The OpenAPI document is checked by one validator (the OpenAPI 3.1 JSON Schema), and every live
 * response of every endpoint, good and bad, is checked against the document's own schema for it by
 * another (a JSON Schema 2020-12 implementation with the OpenAPI 3.1 dialect, formats asserted).
 */
const NOW = new Date('2026-11-23T08:00:00Z');
const ORIGIN = 'https://traffpunkt.example';
const SPEC_URI = 'https://traffpunkt.example/api/v1/openapi.json';

type Handler = (event: unknown) => Response | Promise<Response>;
type Route = { GET: Handler };
let db: Db;
let spec: { paths: Record<string, { get: { responses: Record<string, { $ref?: string; content?: Record<string, unknown> }> } }> };
const routes: Record<string, Route> = {};
const covered = new Set<string>();

beforeAll(async () => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(NOW);
	const path = join(mkdtempSync(join(tmpdir(), 'traffpunkt-contract-')), 'contract.db');
	process.env.DATABASE_URL = path;
	db = openDatabase(path);
	await seedDatabase(db, { now: NOW });
	// A deletion marker, as a schedule change leaves one, so that `deleted` is not always empty.
	db.$client.prepare(`INSERT INTO tombstones (entity_type, entity_id, deleted_at) VALUES ('occurrence', 999999, ?)`).run(NOW.getTime());
	Object.assign(routes, {
		'/api/v1/aktiviteter': await import('../../src/routes/api/v1/aktiviteter/+server'),
		'/api/v1/aktiviteter/{id}': await import('../../src/routes/api/v1/aktiviteter/[id=id]/+server'),
		'/api/v1/platser': await import('../../src/routes/api/v1/platser/+server'),
		'/api/v1/platser/{slug}': await import('../../src/routes/api/v1/platser/[slug=slug]/+server'),
		'/api/v1/stadsdelar': await import('../../src/routes/api/v1/stadsdelar/+server'),
		'/kalender.ics': await import('../../src/routes/kalender.ics/+server'),
		'/rss.xml': await import('../../src/routes/rss.xml/+server'),
		'/aktiviteter/{id}/kalender.ics': await import('../../src/routes/(public)/aktiviteter/[id=id]/kalender.ics/+server'),
		openapi: await import('../../src/routes/api/v1/openapi.json/+server'),
		unknown: await import('../../src/routes/api/[...rest]/+server')
	});
	spec = await (await call(routes.openapi, '/api/v1/openapi.json')).json();
	setShouldValidateFormat(true);
	registerSchema(spec as never, SPEC_URI, 'https://spec.openapis.org/oas/3.1/dialect/base');
}, 120_000); // seeding shares two cores with the other test files

afterAll(() => {
	vi.useRealTimers();
	setShouldValidateFormat(undefined);
});

const call = (route: Route, path: string, params: Record<string, string> = {}) =>
	route.GET({ url: new URL(path, ORIGIN), params, request: new Request(new URL(path, ORIGIN)) });

const pointer = (...parts: string[]) => parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

/** Validates a live response against the schema the document gives for its path, status and media type. */
async function conforms(template: string, path: string, params: Record<string, string> = {}) {
	const res = await call(routes[template], path, params);
	const status = String(res.status);
	const declared = spec.paths[template].get.responses[status];
	expect(declared, `${template} declares ${status}`).toBeDefined();
	const type = (res.headers.get('content-type') ?? '').split(';')[0];
	const base = declared.$ref ? declared.$ref.slice(2).split('/') : ['paths', template, 'get', 'responses', status];
	const content = declared.$ref ? (spec as never as { components: { responses: Record<string, { content: Record<string, unknown> }> } }).components.responses[base.at(-1)!].content : declared.content!;
	expect(Object.keys(content), `${template} ${status} media type`).toContain(type);
	const body = type === 'application/json' ? await res.json() : await res.text();
	const out = await validate(`${SPEC_URI}#/${pointer(...base, 'content', type, 'schema')}`, body, 'BASIC');
	expect(out.valid, `${path} → ${status}: ${JSON.stringify(out.valid ? [] : out.errors?.slice(0, 6))}`).toBe(true);
	covered.add(`${template} ${status}`);
	return { res, body };
}

describe('the OpenAPI document', () => {
	it('is a valid OpenAPI 3.1 document', async () => {
		const result = await new Validator().validate(spec as never);
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
		const meta = await validate('https://spec.openapis.org/oas/3.1/schema-base', spec as never, 'BASIC');
		expect(meta.valid, JSON.stringify(meta.valid ? [] : meta.errors?.slice(0, 5))).toBe(true);
	});

	it('names its server, its CC0 licence and reuses components', () => {
		const doc = spec as never as { servers: { url: string }[]; info: { license: unknown }; components: { schemas: object; parameters: object } };
		expect(doc.servers).toEqual([{ url: ORIGIN, description: 'Den här webbplatsen' }]);
		expect(doc.info.license).toEqual({ name: 'CC0 1.0 Universal', identifier: 'CC0-1.0' });
		expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Occurrence', 'Event', 'Place', 'PlaceDetail', 'DistrictCollection', 'Error', 'PageMeta']));
	});
});

describe('every live response matches the document', () => {
	it.each([
		'',
		'?stadsdel=centrum&kategori=motion',
		'?sprak=fi&gratis=1',
		'?tillganglighet=rullstol&dag=tis&tid=fm',
		'?q=sång&per-sida=100',
		'?sida=2',
		'?sida=999',
		'?andrad-efter=2026-11-22T00:00:00Z',
		'?andrad-efter=2026-11-23T10:00:00+01:00',
		'?sida=0',
		'?gratis=true',
		'?stadsdel=nonsense',
		'?okand=1'
	])('/api/v1/aktiviteter%s', async (query) => {
		await conforms('/api/v1/aktiviteter', `/api/v1/aktiviteter${query}`);
	});

	it('/api/v1/aktiviteter/{id} for every public event, and an unknown one', async () => {
		const events = db.$client.prepare(`SELECT id FROM events WHERE status IN ('published', 'cancelled')`).all() as { id: number }[];
		expect(events.length).toBeGreaterThan(100);
		for (const { id } of events) await conforms('/api/v1/aktiviteter/{id}', `/api/v1/aktiviteter/${id}`, { id: String(id) });
		const { body } = await conforms('/api/v1/aktiviteter/{id}', '/api/v1/aktiviteter/999999', { id: '999999' });
		expect(body.messages).toEqual(['Aktiviteten finns inte eller är inte publicerad.']);
	});

	it.each(['', '?stadsdel=centrum', '?kategori=motion&gratis=1', '?plats=nonsense'])('/api/v1/platser%s', async (query) => {
		await conforms('/api/v1/platser', `/api/v1/platser${query}`);
	});

	it('/api/v1/platser/{slug} for every venue, and an unknown one', async () => {
		const venues = db.$client.prepare(`SELECT slug FROM venues WHERE status = 'approved'`).all() as { slug: string }[];
		for (const { slug } of venues) await conforms('/api/v1/platser/{slug}', `/api/v1/platser/${slug}`, { slug });
		await conforms('/api/v1/platser/{slug}', '/api/v1/platser/ingenstans', { slug: 'ingenstans' });
	});

	it('/api/v1/stadsdelar, with polygons wound as RFC 7946 says', async () => {
		const { body } = await conforms('/api/v1/stadsdelar', '/api/v1/stadsdelar');
		const polygons = body.features.flatMap((f: { geometry: { type: string; coordinates: number[][][] & number[][][][] } | null }) =>
			!f.geometry ? [] : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
		) as number[][][][];
		expect(polygons.length).toBeGreaterThan(5);
		for (const [outer, ...holes] of polygons) {
			expect(booleanClockwise(outer)).toBe(false);
			for (const hole of holes) expect(booleanClockwise(hole)).toBe(true);
		}
	});

	it.each(['/kalender.ics', '/kalender.ics?stadsdel=centrum', '/kalender.ics?stadsdel=nonsense', '/rss.xml', '/rss.xml?gratis=ja'])('%s', async (path) => {
		await conforms(path.startsWith('/rss') ? '/rss.xml' : '/kalender.ics', path);
	});

	it('/aktiviteter/{id}/kalender.ics, one date of it, a wrong date and an unknown event', async () => {
		const { id } = db.$client.prepare(`SELECT id FROM events WHERE status = 'published' LIMIT 1`).get() as { id: number };
		const { id: occurrence } = db.$client.prepare('SELECT id FROM occurrences WHERE event_id = ? AND starts_at > ? LIMIT 1').get(id, NOW.getTime()) as { id: number };
		const t = '/aktiviteter/{id}/kalender.ics';
		await conforms(t, `/aktiviteter/${id}/kalender.ics`, { id: String(id) });
		await conforms(t, `/aktiviteter/${id}/kalender.ics?tillfalle=${occurrence}`, { id: String(id) });
		await conforms(t, `/aktiviteter/${id}/kalender.ics?tillfalle=1x`, { id: String(id) });
		await conforms(t, '/aktiviteter/999999/kalender.ics', { id: '999999' });
	});

	it('an unknown API path answers a JSON Error with CORS', async () => {
		const res = await call(routes.unknown, '/api/v2/aktiviteter');
		expect(res.status).toBe(404);
		expect(res.headers.get('access-control-allow-origin')).toBe('*');
		const out = await validate(`${SPEC_URI}#/components/schemas/Error`, await res.json(), 'BASIC');
		expect(out.valid).toBe(true);
	});

	it('every response the document declares was seen live', () => {
		const declared = Object.entries(spec.paths).flatMap(([path, item]) => Object.keys(item.get.responses).map((status) => `${path} ${status}`));
		expect(declared.filter((d) => !covered.has(d))).toEqual([]);
	});
});
