import { describe, expect, it } from 'vitest';
import { byDistance, distanceKm } from './geo';

describe('distanceKm', () => {
	it("measures Karlskoga to Örebro at about 39 km as the crow flies", () => {
		expect(distanceKm({ lat: 59.327, lng: 14.524 }, { lat: 59.274, lng: 15.207 })).toBeCloseTo(39.2, 0);
	});
	it('is zero for the same point', () => {
		expect(distanceKm({ lat: 59.3, lng: 14.5 }, { lat: 59.3, lng: 14.5 })).toBe(0);
	});
});

describe('byDistance', () => {
	it('puts the nearest first', () => {
		const sorted = byDistance(
			[
				{ id: 'far', lat: 59.4, lng: 14.6 },
				{ id: 'near', lat: 59.328, lng: 14.525 }
			],
			{ lat: 59.327, lng: 14.524 }
		);
		expect(sorted.map((s) => s.id)).toEqual(['near', 'far']);
		expect(sorted[0].distanceKm).toBeLessThan(0.2);
	});
});
