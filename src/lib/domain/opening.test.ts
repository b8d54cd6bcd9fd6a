import { describe, expect, it } from 'vitest';
import { isOpenOn, openingStatus } from './opening';

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

describe('openingStatus', () => {
	// Monday and Wednesday 09:30–15:00, Saturday 11:00–14:00 in even weeks.
	const rules = [
		{ weekday: 1, weekParity: null, opens: '09:30', closes: '15:00' },
		{ weekday: 3, weekParity: null, opens: '09:30', closes: '12:00' },
		{ weekday: 3, weekParity: null, opens: '12:00', closes: '16:00' },
		{ weekday: 6, weekParity: 'even' as const, opens: '11:00', closes: '14:00' }
	];
	const at = (iso: string) => new Date(iso);

	it('is open now until closing, joining back-to-back periods', () => {
		expect(openingStatus(at('2026-11-23T10:00:00+01:00'), rules, [])).toEqual({ open: true, closes: '15:00' });
		expect(openingStatus(at('2026-11-25T11:00:00+01:00'), rules, [])).toEqual({ open: true, closes: '16:00' });
	});
	it('before opening it opens later today; after closing on the next open day', () => {
		expect(openingStatus(at('2026-11-23T08:00:00+01:00'), rules, [])).toEqual({ open: false, next: { date: '2026-11-23', opens: '09:30' } });
		expect(openingStatus(at('2026-11-23T15:00:00+01:00'), rules, [])).toEqual({ open: false, next: { date: '2026-11-25', opens: '09:30' } });
		// Saturday of week 48 is even: open; week 49's Saturday is odd and skipped.
		expect(openingStatus(at('2026-11-27T18:00:00+01:00'), rules, [])).toEqual({ open: false, next: { date: '2026-11-28', opens: '11:00' } });
		expect(openingStatus(at('2026-12-02T17:00:00+01:00'), rules, [])).toEqual({ open: false, next: { date: '2026-12-07', opens: '09:30' } });
	});
	it('reads the Stockholm wall clock across daylight saving (UTC+2 in summer)', () => {
		// 07:45 UTC on a Monday in June is 09:45 in Stockholm: open.
		expect(openingStatus(at('2026-06-22T07:45:00Z'), rules, [])).toEqual({ open: true, closes: '15:00' });
		// The same UTC time in January is 08:45: not yet.
		expect(openingStatus(at('2027-01-18T07:45:00Z'), rules, [])).toEqual({ open: false, next: { date: '2027-01-18', opens: '09:30' } });
		// The night the clocks go forward (29 March 2026, a Sunday): Monday still opens at 09:30 local.
		expect(openingStatus(at('2026-03-29T12:00:00Z'), rules, [])).toEqual({ open: false, next: { date: '2026-03-30', opens: '09:30' } });
	});
	it('respects closures and changed hours', () => {
		const deviations = [
			{ fromDate: '2026-12-24', toDate: '2027-01-01', closed: true, opens: null, closes: null },
			{ fromDate: '2027-01-04', toDate: '2027-01-04', closed: false, opens: '12:00', closes: '14:00' }
		];
		expect(openingStatus(at('2026-12-23T16:00:00+01:00'), rules, deviations)).toEqual({ open: false, next: { date: '2027-01-04', opens: '12:00' } });
		expect(openingStatus(at('2027-01-04T10:00:00+01:00'), rules, deviations)).toEqual({ open: false, next: { date: '2027-01-04', opens: '12:00' } });
		expect(openingStatus(at('2027-01-04T13:00:00+01:00'), rules, deviations)).toEqual({ open: true, closes: '14:00' });
	});
	it('says nothing for a place without opening hours', () => {
		expect(openingStatus(at('2026-11-23T10:00:00+01:00'), [], [])).toBeNull();
	});
});
