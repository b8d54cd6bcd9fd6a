import { describe, expect, it } from 'vitest';
import { openingHours, schemaSchedule } from './schema-org';
import { scheduleDates, type Schedule } from './recurrence';

const series = (overrides: Partial<Schedule>): Schedule => ({
	kind: 'weekly',
	startDate: '2026-11-02',
	startTime: '10:00',
	endTime: '11:30',
	...overrides
});
/** The dates the app would publish for a schedule (no holidays looked up: the caller decides). */
const published = (s: Schedule, from: string, to: string, cancelled: string[] = []) =>
	scheduleDates(s, from, to).map((localDate) => ({ localDate, cancelled: cancelled.includes(localDate) }));

describe('schemaSchedule', () => {
	it('weekly on Mondays and Wednesdays: byDay, P1W, the times and the zone', () => {
		const s = series({ weekdays: [3, 1] });
		expect(schemaSchedule(s, published(s, '2026-11-23', '2026-12-16'))).toEqual({
			'@type': 'Schedule',
			startDate: '2026-11-23',
			endDate: '2026-12-16',
			startTime: '10:00',
			endTime: '11:30',
			duration: 'PT1H30M',
			byDay: ['https://schema.org/Monday', 'https://schema.org/Wednesday'],
			repeatFrequency: 'P1W',
			scheduleTimezone: 'Europe/Stockholm'
		});
	});

	it('every second week keeps its phase and names skipped and cancelled dates as exceptDate', () => {
		// Started in week 45: Tuesdays of weeks 49, 51, 53, 2, 4 …
		const s = series({ weekdays: [2], interval: 2, exceptions: ['2026-12-15'], breaks: [{ from: '2026-12-20', to: '2027-01-06' }] });
		const dates = published(s, '2026-11-23', '2027-02-01', ['2027-01-12']);
		expect(dates.map((d) => d.localDate)).toEqual(['2026-12-01', '2027-01-12', '2027-01-26']);
		const out = schemaSchedule(s, dates)!;
		expect(out.repeatFrequency).toBe('P2W');
		expect(out.byDay).toEqual(['https://schema.org/Tuesday']);
		expect(out.startDate).toBe('2026-12-01');
		expect(out.endDate).toBe('2027-01-26');
		expect(out.exceptDate).toEqual(['2026-12-15', '2026-12-29', '2027-01-12']);
	});

	it('odd weeks are every other week within a year …', () => {
		const s = series({ weekdays: [4], weekParity: 'odd', startDate: '2027-01-01' });
		const out = schemaSchedule(s, published(s, '2027-03-01', '2027-06-30'))!;
		expect(out.repeatFrequency).toBe('P2W');
		expect(out).not.toHaveProperty('exceptDate');
	});

	it('… but not across a year with week 53, so no rule is given there', () => {
		// 2026 has a week 53: weeks 53 and 1 are both odd, two Thursdays in a row.
		const s = series({ weekdays: [4], weekParity: 'odd' });
		const dates = published(s, '2026-11-23', '2027-02-28');
		expect(dates.map((d) => d.localDate)).toContain('2026-12-31');
		expect(dates.map((d) => d.localDate)).toContain('2027-01-07');
		expect(schemaSchedule(s, dates)).toBeNull();
	});

	it('the second Tuesday of the month: P1M with byMonthWeek', () => {
		const s = series({ kind: 'monthly', nth: 2, weekday: 2 });
		const out = schemaSchedule(s, published(s, '2026-11-23', '2027-04-30'))!;
		expect(out).toMatchObject({ repeatFrequency: 'P1M', byMonthWeek: 2, byDay: ['https://schema.org/Tuesday'], startDate: '2026-12-08' });
	});

	it('the last Friday of the month has no schema.org spelling', () => {
		const s = series({ kind: 'monthly', nth: -1, weekday: 5 });
		expect(schemaSchedule(s, published(s, '2026-11-23', '2027-04-30'))).toBeNull();
	});

	it('a one-off event or no dates give no schedule', () => {
		expect(schemaSchedule(series({ kind: 'once' }), [{ localDate: '2026-11-02', cancelled: false }])).toBeNull();
		expect(schemaSchedule(series({ weekdays: [1] }), [])).toBeNull();
	});

	it('an evening that ends after midnight lasts into the next day', () => {
		const s = series({ weekdays: [5], startTime: '22:00', endTime: '01:00' });
		expect(schemaSchedule(s, published(s, '2026-11-23', '2026-12-31'))!.duration).toBe('PT3H');
	});
});

describe('openingHours', () => {
	it('weekly rules, odd/even weeks as dated entries, deviations as special hours', () => {
		const out = openingHours(
			[
				{ weekday: 1, weekParity: null, opens: '09:00', closes: '15:00' },
				{ weekday: 3, weekParity: 'odd', opens: '10:00', closes: '14:00' }
			],
			[
				{ fromDate: '2026-12-24', toDate: '2026-12-26', closed: true, opens: null, closes: null },
				{ fromDate: '2026-12-30', toDate: '2026-12-30', closed: false, opens: '10:00', closes: '12:00' },
				{ fromDate: '2026-01-01', toDate: '2026-01-02', closed: true, opens: null, closes: null }
			],
			'2026-11-23',
			4
		);
		expect(out.regular[0]).toEqual({ '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '09:00', closes: '15:00' });
		// Weeks 48–51: Wednesdays of the odd weeks 49 and 51.
		expect(out.regular.slice(1).map((r) => r.validFrom)).toEqual(['2026-12-02', '2026-12-16']);
		expect(out.special).toEqual([
			{ '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-12-24', validThrough: '2026-12-26' },
			{ '@type': 'OpeningHoursSpecification', opens: '10:00', closes: '12:00', validFrom: '2026-12-30', validThrough: '2026-12-30' }
		]);
	});
});
