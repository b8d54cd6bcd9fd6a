import { describe, expect, it } from 'vitest';
import { isOpenOn } from './opening';

describe('isOpenOn', () => {
	const rules = [
		{ weekday: 1, weekParity: null },
		{ weekday: 6, weekParity: 'even' as const }
	];
	it('follows weekdays and odd/even ISO weeks', () => {
		expect(isOpenOn('2026-11-23', rules, [])).toBe(true); // Monday
		expect(isOpenOn('2026-11-24', rules, [])).toBe(false); // Tuesday
		expect(isOpenOn('2026-11-28', rules, [])).toBe(true); // Saturday, week 48 (even)
		expect(isOpenOn('2026-12-05', rules, [])).toBe(false); // Saturday, week 49 (odd)
	});
	it('lets deviations close or open a day', () => {
		const closed = [{ fromDate: '2026-12-24', toDate: '2027-01-01', closed: true }];
		expect(isOpenOn('2026-12-28', rules, closed)).toBe(false);
		expect(isOpenOn('2027-01-04', rules, closed)).toBe(true);
		expect(isOpenOn('2026-11-24', rules, [{ fromDate: '2026-11-24', toDate: '2026-11-24', closed: false }])).toBe(true);
	});
});
