import { describe, expect, it } from 'vitest';
import { parseBoundary } from './geojson';

const ring = [[14.5, 59.3], [14.6, 59.3], [14.6, 59.4], [14.5, 59.3]];

describe('parseBoundary', () => {
	it('accepts polygons, features and one-feature collections', () => {
		expect(parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: [ring] }))).toMatchObject({ ok: true, geometry: { type: 'Polygon' } });
		expect(parseBoundary(JSON.stringify({ type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [[ring]] } }))).toMatchObject({ ok: true, geometry: { type: 'MultiPolygon' } });
		expect(parseBoundary(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] } }] }))).toMatchObject({ ok: true });
	});
	it('refuses broken input with a plain message', () => {
		expect(parseBoundary('not json')).toMatchObject({ ok: false, error: expect.stringMatching(/JSON/) });
		expect(parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: [[[14.5, 59.3], [14.6, 59.3], [14.6, 59.4], [14.7, 59.5]]] }))).toMatchObject({ ok: false });
		expect(parseBoundary(JSON.stringify({ type: 'Point', coordinates: [14.5, 59.3] }))).toMatchObject({ ok: false });
		expect(parseBoundary(JSON.stringify({ type: 'FeatureCollection', features: [] }))).toMatchObject({ ok: false, error: expect.stringMatching(/exakt en/) });
	});
});

describe('parseBoundary: place and coordinate system', () => {
	const paris = [[2.29, 48.85], [2.4, 48.85], [2.4, 48.9], [2.29, 48.85]];
	it('refuses a polygon outside the municipality and says so', () => {
		expect(parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: [paris] }))).toMatchObject({ ok: false, error: expect.stringMatching(/utanför Karlskoga kommun/) });
		// Latitude before longitude is outside too.
		expect(parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: [ring.map(([a, b]) => [b, a])] }))).toMatchObject({ ok: false, error: expect.stringMatching(/longitud kommer före latitud/) });
	});
	it('converts SWEREF 99 TM to longitude/latitude', () => {
		// Central Karlskoga is about E 471 000, N 6 574 000 in SWEREF 99 TM.
		const sweref = [[471000, 6574000], [472000, 6574000], [472000, 6575000], [471000, 6574000]];
		const r = parseBoundary(JSON.stringify({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [sweref] }, crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } } }));
		expect(r).toMatchObject({ ok: true, converted: true });
		const [lon, lat] = (r as { geometry: { coordinates: number[][][] } }).geometry.coordinates[0][0];
		expect(lon).toBeCloseTo(14.49, 1);
		expect(lat).toBeCloseTo(59.31, 1);
		expect(parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: [sweref] }))).toMatchObject({ ok: true, converted: true });
	});
	it('refuses an unknown system with a message about the system, not about rings', () => {
		expect(parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: [[[1e7, 1e7], [1e7 + 5, 1e7], [1e7, 1e7 + 5], [1e7, 1e7]]] }))).toMatchObject({ ok: false, error: expect.stringMatching(/koordinatsystem som inte känns igen/) });
		expect(parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: [ring], crs: { type: 'name', properties: { name: 'EPSG:3021' } } }))).toMatchObject({ ok: false, error: expect.stringMatching(/EPSG:3021/) });
	});
});
