import { describe, expect, it } from 'vitest';
import {
	instantToZoned,
	isValidDate,
	isoWeek,
	readWeek,
	isoWeekday,
	mondayOfIsoWeek,
	parseIsoWeek,
	weeksInIsoYear,
	todayInStockholm
} from './dates';
import { zonedToInstant } from './zoned';

describe('isoWeekday', () => {
	it('numbers Monday 1 … Sunday 7', () => {
		expect(isoWeekday('2026-12-28')).toBe(1); // Monday
		expect(isoWeekday('2026-12-29')).toBe(2);
		expect(isoWeekday('2026-12-30')).toBe(3);
		expect(isoWeekday('2026-12-31')).toBe(4);
		expect(isoWeekday('2027-01-01')).toBe(5);
		expect(isoWeekday('2027-01-02')).toBe(6);
		expect(isoWeekday('2027-01-03')).toBe(7); // Sunday
	});

	it('handles the epoch and dates before it', () => {
		expect(isoWeekday('1970-01-01')).toBe(4); // Thursday
		expect(isoWeekday('1969-12-28')).toBe(7); // Sunday
		expect(isoWeekday('1969-12-29')).toBe(1); // Monday
	});

	it('knows leap days', () => {
		expect(isoWeekday('2028-02-29')).toBe(2); // Tuesday
		expect(isoWeekday('2024-02-29')).toBe(4); // Thursday
	});
});

describe('isoWeek', () => {
	it('puts 2026-12-28 … 2027-01-03 in 2026-W53', () => {
		for (const d of [
			'2026-12-28',
			'2026-12-29',
			'2026-12-30',
			'2026-12-31',
			'2027-01-01',
			'2027-01-02',
			'2027-01-03'
		]) {
			expect(isoWeek(d), d).toEqual({ year: 2026, week: 53 });
		}
	});

	it('starts 2027-W01 on Monday 2027-01-04', () => {
		expect(isoWeek('2027-01-04')).toEqual({ year: 2027, week: 1 });
		expect(isoWeek('2027-01-10')).toEqual({ year: 2027, week: 1 });
		expect(isoWeek('2027-01-11')).toEqual({ year: 2027, week: 2 });
	});

	it('handles 2020-W53 and 2021-01-03 belonging to it', () => {
		expect(isoWeek('2020-12-28')).toEqual({ year: 2020, week: 53 });
		expect(isoWeek('2020-12-31')).toEqual({ year: 2020, week: 53 });
		expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 });
		expect(isoWeek('2021-01-04')).toEqual({ year: 2021, week: 1 });
	});

	it('gives late-December dates to the next year when its week 1 starts early', () => {
		// 2025-12-29 is a Monday and the week holds Thursday 2026-01-01.
		expect(isoWeek('2025-12-28')).toEqual({ year: 2025, week: 52 });
		expect(isoWeek('2025-12-29')).toEqual({ year: 2026, week: 1 });
		expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
		expect(isoWeek('2026-01-05')).toEqual({ year: 2026, week: 2 });
	});

	it('numbers mid-year weeks', () => {
		expect(isoWeek('2026-06-15')).toEqual({ year: 2026, week: 25 });
		expect(isoWeek('2026-12-21')).toEqual({ year: 2026, week: 52 });
	});
});

describe('mondayOfIsoWeek', () => {
	it('finds the Monday of a week', () => {
		expect(mondayOfIsoWeek(2026, 53)).toBe('2026-12-28');
		expect(mondayOfIsoWeek(2027, 1)).toBe('2027-01-04');
		expect(mondayOfIsoWeek(2026, 1)).toBe('2025-12-29');
		expect(mondayOfIsoWeek(2020, 53)).toBe('2020-12-28');
		expect(mondayOfIsoWeek(2021, 1)).toBe('2021-01-04');
		expect(mondayOfIsoWeek(2026, 25)).toBe('2026-06-15');
	});

	it('round-trips with isoWeek', () => {
		for (const [year, week] of [
			[2026, 1],
			[2026, 10],
			[2026, 53],
			[2027, 1],
			[2020, 53]
		]) {
			const monday = mondayOfIsoWeek(year, week);
			expect(isoWeekday(monday), monday).toBe(1);
			expect(isoWeek(monday), monday).toEqual({ year, week });
		}
	});
});

describe('weeksInIsoYear', () => {
	it('counts long and short years', () => {
		expect(weeksInIsoYear(2026)).toBe(53);
		expect(weeksInIsoYear(2025)).toBe(52);
		expect(weeksInIsoYear(2027)).toBe(52);
		expect(weeksInIsoYear(2020)).toBe(53);
		expect(weeksInIsoYear(2015)).toBe(53);
	});
});

describe('parseIsoWeek', () => {
	it('parses valid weeks', () => {
		expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
		expect(parseIsoWeek('2027-W01')).toEqual({ year: 2027, week: 1 });
		expect(parseIsoWeek('2025-W52')).toEqual({ year: 2025, week: 52 });
	});

	it('rejects weeks the year does not have', () => {
		expect(parseIsoWeek('2026-W54')).toBeNull();
		expect(parseIsoWeek('2025-W53')).toBeNull();
		expect(parseIsoWeek('2026-W00')).toBeNull();
	});

	it('rejects garbage', () => {
		expect(parseIsoWeek('')).toBeNull();
		expect(parseIsoWeek('garbage')).toBeNull();
		expect(parseIsoWeek('2026-W1')).toBeNull();
		expect(parseIsoWeek('2026W01')).toBeNull();
		expect(parseIsoWeek('2026-w01')).toBeNull();
		expect(parseIsoWeek('2026-W01 ')).toBeNull();
		expect(parseIsoWeek('2026-01-05')).toBeNull();
	});
});

describe('isValidDate', () => {
	it('accepts real dates', () => {
		expect(isValidDate('2026-01-01')).toBe(true);
		expect(isValidDate('2026-12-31')).toBe(true);
		expect(isValidDate('2028-02-29')).toBe(true);
	});

	it('rejects impossible dates', () => {
		expect(isValidDate('2026-13-45')).toBe(false);
		expect(isValidDate('2026-02-29')).toBe(false);
		expect(isValidDate('2026-04-31')).toBe(false);
		expect(isValidDate('2026-00-10')).toBe(false);
		expect(isValidDate('2026-01-00')).toBe(false);
	});

	it('rejects malformed strings', () => {
		expect(isValidDate('2026-1-01')).toBe(false);
		expect(isValidDate('20260101')).toBe(false);
		expect(isValidDate('2026-01-01T00:00')).toBe(false);
		expect(isValidDate('')).toBe(false);
	});
});

describe('zonedToInstant / instantToZoned (Europe/Stockholm)', () => {
	it('uses UTC+1 in winter', () => {
		expect(zonedToInstant('2026-01-15', '10:00').toISOString()).toBe('2026-01-15T09:00:00.000Z');
		expect(zonedToInstant('2026-01-15', '00:30').toISOString()).toBe('2026-01-14T23:30:00.000Z');
		expect(instantToZoned(new Date('2026-01-15T09:00:00Z'))).toEqual({
			date: '2026-01-15',
			time: '10:00',
			weekday: 4
		});
		expect(instantToZoned(new Date('2026-01-14T23:30:00Z'))).toEqual({
			date: '2026-01-15',
			time: '00:30',
			weekday: 4
		});
	});

	it('uses UTC+2 in summer', () => {
		expect(zonedToInstant('2026-07-01', '10:00').toISOString()).toBe('2026-07-01T08:00:00.000Z');
		expect(zonedToInstant('2026-07-01', '01:15').toISOString()).toBe('2026-06-30T23:15:00.000Z');
		expect(instantToZoned(new Date('2026-07-01T08:00:00Z'))).toEqual({
			date: '2026-07-01',
			time: '10:00',
			weekday: 3
		});
		expect(instantToZoned(new Date('2026-06-30T23:15:00Z'))).toEqual({
			date: '2026-07-01',
			time: '01:15',
			weekday: 3
		});
	});

	it('switches offset on the changeover days', () => {
		// 2026-03-29: 02:00 CET → 03:00 CEST; 2026-10-25: 03:00 CEST → 02:00 CET.
		expect(zonedToInstant('2026-03-29', '01:00').toISOString()).toBe('2026-03-29T00:00:00.000Z');
		expect(zonedToInstant('2026-03-29', '10:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
		expect(zonedToInstant('2026-10-25', '01:00').toISOString()).toBe('2026-10-24T23:00:00.000Z');
		expect(zonedToInstant('2026-10-25', '10:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
		expect(instantToZoned(new Date('2026-03-29T00:59:00Z')).time).toBe('01:59');
		expect(instantToZoned(new Date('2026-03-29T01:00:00Z')).time).toBe('03:00');
		expect(instantToZoned(new Date('2026-10-25T00:59:00Z')).time).toBe('02:59');
		expect(instantToZoned(new Date('2026-10-25T01:00:00Z')).time).toBe('02:00');
	});

	it('round-trips wall-clock times', () => {
		for (const [date, time] of [
			['2026-02-14', '18:45'],
			['2026-08-20', '07:05'],
			['2026-12-31', '23:59']
		]) {
			const z = instantToZoned(zonedToInstant(date, time));
			expect(z.date).toBe(date);
			expect(z.time).toBe(time);
		}
	});
});

describe('readWeek (the programme week as people write it)', () => {
	const today = '2026-11-23'; // Monday of ISO week 48
	it('reads the exact ISO form and its variants', () => {
		expect(readWeek('2026-W48', today)).toEqual({ year: 2026, week: 48 });
		expect(readWeek('2026-w48', today)).toEqual({ year: 2026, week: 48 });
		expect(readWeek('2026 v 48', today)).toEqual({ year: 2026, week: 48 });
		expect(readWeek('2026-48', today)).toEqual({ year: 2026, week: 48 });
		expect(readWeek('2026-11-25', today)).toEqual({ year: 2026, week: 48 });
	});
	it('reads a bare week number as the nearest such week', () => {
		expect(readWeek('48', today)).toEqual({ year: 2026, week: 48 });
		expect(readWeek('vecka 50', today)).toEqual({ year: 2026, week: 50 });
		expect(readWeek('v2', today)).toEqual({ year: 2027, week: 2 });
		expect(readWeek('V. 45', today)).toEqual({ year: 2026, week: 45 });
	});
	it('refuses weeks that do not exist and nonsense', () => {
		expect(readWeek('2027-W53', today)).toBeNull(); // 2027 has 52 ISO weeks (2026 has 53)
		expect(readWeek('2026-W99', today)).toBeNull();
		expect(readWeek('2026-13-45', today)).toBeNull();
		expect(readWeek('hej', today)).toBeNull();
		expect(readWeek('0', today)).toBeNull();
	});
});

describe('todayInStockholm (kept for a minute)', () => {
	it('turns at Stockholm midnight, also when asked the second before and the second after, summer and winter', () => {
		expect(todayInStockholm(new Date('2026-12-01T22:59:59.999Z'))).toBe('2026-12-01');
		expect(todayInStockholm(new Date('2026-12-01T23:00:00.000Z'))).toBe('2026-12-02');
		expect(todayInStockholm(new Date('2026-12-01T22:59:30.000Z'))).toBe('2026-12-01');
		expect(todayInStockholm(new Date('2027-06-30T21:59:59.000Z'))).toBe('2027-06-30');
		expect(todayInStockholm(new Date('2027-06-30T22:00:00.000Z'))).toBe('2027-07-01');
		// The night clocks go back: 02:00 local happens twice, the date is the same both times.
		expect(todayInStockholm(new Date('2027-10-31T00:30:00.000Z'))).toBe('2027-10-31');
		expect(todayInStockholm(new Date('2027-10-31T01:30:00.000Z'))).toBe('2027-10-31');
	});
});
