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
