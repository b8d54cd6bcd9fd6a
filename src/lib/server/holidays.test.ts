import { describe, expect, it } from 'vitest';
import { swedishHoliday } from './holidays';

describe('Swedish holidays', () => {
	it('knows the fixed, the moving and the eves', () => {
		expect(swedishHoliday('2026-12-25')).toBe('Juldagen');
		expect(swedishHoliday('2026-12-24')).toBe('Julafton');
		expect(swedishHoliday('2027-01-06')).toBe('Trettondedag jul');
		expect(swedishHoliday('2027-03-29')).toBe('Annandag påsk');
		expect(swedishHoliday('2027-05-06')).toBe('Kristi himmelsfärdsdag');
		expect(swedishHoliday('2027-06-25')).toBe('Midsommarafton');
		expect(swedishHoliday('2026-12-08')).toBeNull();
		// Observances are ordinary days
		expect(swedishHoliday('2026-12-13')).toBeNull();
	});
});
