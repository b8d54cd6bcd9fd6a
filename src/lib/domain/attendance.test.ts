import { describe, expect, it } from 'vitest';
import { parseCounts, COUNT_FIELDS, type CountField } from './attendance';

const raw = (o: Partial<Record<CountField, string>>) => ({ ...Object.fromEntries(COUNT_FIELDS.map((f) => [f, ''])), ...o }) as Record<CountField, string>;

describe('parseCounts', () => {
	it('accepts a total alone and treats an empty row as not reported', () => {
		expect(parseCounts(raw({ total: '12' })).counts?.total).toBe(12);
		expect(parseCounts(raw({}))).toEqual({ counts: null, errors: {} });
	});
	it('requires breakdowns to add up to the total', () => {
		expect(parseCounts(raw({ total: '10', women: '6', men: '3', otherGender: '0' })).errors.women).toMatch(/10/);
		expect(parseCounts(raw({ total: '10', women: '6', men: '4', otherGender: '0' })).counts?.women).toBe(6);
		expect(parseCounts(raw({ total: '5', ageUnder65: '1', age65To74: '1', age75To84: '1', age85Plus: '1' })).errors.ageUnder65).toBeDefined();
		expect(parseCounts(raw({ total: '5', firstTime: '6' })).errors.firstTime).toBeDefined();
	});
	it('refuses non-numbers and details without a total', () => {
		expect(parseCounts(raw({ total: 'tio' })).errors.total).toMatch(/heltal/);
		expect(parseCounts(raw({ total: '-1' })).errors.total).toBeDefined();
		expect(parseCounts(raw({ women: '3' })).errors.total).toMatch(/totalt/);
	});
});
