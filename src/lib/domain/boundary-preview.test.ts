import { describe, expect, it } from 'vitest';
import { boundaryFacts, boundarySvg } from './boundary-preview';

// About 1 km × 1 km at Karlskoga's latitude.
const square = (lon: number, lat: number, dLon = 0.01755, dLat = 0.009044) => [[lon, lat], [lon + dLon, lat], [lon + dLon, lat + dLat], [lon, lat + dLat], [lon, lat]];

describe('boundary preview', () => {
	it('counts parts and points (the closing point once) and the area in km², holes subtracted', () => {
		expect.hasAssertions();
		const f = boundaryFacts({ type: 'Polygon', coordinates: [square(14.5, 59.3)] });
		expect(f).toMatchObject({ polygons: 1, points: 4 });
		expect(f.areaKm2).toBeCloseTo(1, 1);
		const holed = boundaryFacts({ type: 'MultiPolygon', coordinates: [[square(14.5, 59.3), square(14.505, 59.303, 0.0035, 0.0018)], [square(14.6, 59.3)]] });
		expect(holed.polygons).toBe(2);
		expect(holed.points).toBe(12);
		expect(holed.areaKm2).toBeGreaterThan(1.9);
		expect(holed.areaKm2).toBeLessThan(2);
	});

	it('draws both shapes in one frame, north up', () => {
		expect.hasAssertions();
		const svg = boundarySvg([{ type: 'Polygon', coordinates: [square(14.5, 59.3)] }, null]);
		expect(svg.paths[1]).toBe('');
		expect(svg.paths[0]).toMatch(/^M10\.0 \d+\.\dL/);
		expect(svg.viewBox).toMatch(/^0 0 \d+ \d+$/);
	});
});
