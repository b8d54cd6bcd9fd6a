import { describe, expect, it } from 'vitest';
import { parseKind, parsePosition } from './place-filters';

describe('place filters', () => {
	it('reads known kinds only', () => {
		expect(parseKind('traffpunkt')).toBe('traffpunkt');
		expect(parseKind('meeting_point')).toBeNull();
		expect(parseKind('__proto__')).toBeNull();
		expect(parseKind(null)).toBeNull();
	});
	it('reads a position near Sweden, rounded to about a hundred metres', () => {
		expect(parsePosition('59.33123', '14.52389')).toEqual({ lat: 59.331, lng: 14.524 });
		expect(parsePosition('0', '0')).toBeNull();
		expect(parsePosition('abc', '14.5')).toBeNull();
		expect(parsePosition(null, '14.5')).toBeNull();
	});
});
