import { describe, expect, it } from 'vitest';
import { instantToZoned, isoWeek, isoWeekday } from './dates';
import { expandSchedule, scheduleDates, type Schedule } from './recurrence';

const HOUR = 3_600_000;

function weekly(overrides: Partial<Schedule>): Schedule {
	return {
		kind: 'weekly',
		startDate: '2026-01-01',
		startTime: '10:00',
		endTime: '11:00',
		...overrides
	};
}

describe('expandSchedule across daylight-saving changes', () => {
	it('keeps a Sunday class at 10:00 local when clocks go forward (2026-03-29)', () => {
		const s = weekly({ startDate: '2026-03-15', weekdays: [7] });
		const occ = expandSchedule(s, '2026-03-01', '2026-04-12');

		expect(occ.map((o) => o.localDate)).toEqual([
			'2026-03-15',
			'2026-03-22',
			'2026-03-29',
			'2026-04-05',
			'2026-04-12'
		]);
		expect(occ.map((o) => o.startsAt.toISOString())).toEqual([
			'2026-03-15T09:00:00.000Z',
			'2026-03-22T09:00:00.000Z',
			'2026-03-29T08:00:00.000Z',
			'2026-04-05T08:00:00.000Z',
			'2026-04-12T08:00:00.000Z'
		]);
		expect(occ.map((o) => o.endsAt.toISOString())).toEqual([
			'2026-03-15T10:00:00.000Z',
			'2026-03-22T10:00:00.000Z',
			'2026-03-29T09:00:00.000Z',
			'2026-04-05T09:00:00.000Z',
			'2026-04-12T09:00:00.000Z'
		]);
		for (const o of occ) {
			expect(instantToZoned(o.startsAt)).toEqual({ date: o.localDate, time: '10:00', weekday: 7 });
			expect(instantToZoned(o.endsAt)).toEqual({ date: o.localDate, time: '11:00', weekday: 7 });
			expect(o.endsAt.getTime() - o.startsAt.getTime()).toBe(HOUR);
			expect(o.weekday).toBe(7);
			expect(o.startMinute).toBe(600);
		}
	});

	it('keeps a Sunday class at 10:00 local when clocks go back (2026-10-25)', () => {
		const s = weekly({ startDate: '2026-10-04', weekdays: [7] });
		const occ = expandSchedule(s, '2026-10-01', '2026-11-08');

		expect(occ.map((o) => o.localDate)).toEqual([
			'2026-10-04',
			'2026-10-11',
			'2026-10-18',
			'2026-10-25',
			'2026-11-01',
			'2026-11-08'
		]);
		expect(occ.map((o) => o.startsAt.toISOString())).toEqual([
			'2026-10-04T08:00:00.000Z',
			'2026-10-11T08:00:00.000Z',
			'2026-10-18T08:00:00.000Z',
			'2026-10-25T09:00:00.000Z',
			'2026-11-01T09:00:00.000Z',
			'2026-11-08T09:00:00.000Z'
		]);
		for (const o of occ) {
			expect(instantToZoned(o.startsAt)).toEqual({ date: o.localDate, time: '10:00', weekday: 7 });
			expect(instantToZoned(o.endsAt).time).toBe('11:00');
			expect(o.endsAt.getTime() - o.startsAt.getTime()).toBe(HOUR);
		}
	});

	it('keeps a Monday evening series at 18:00 local across both changes', () => {
		const s = weekly({
			startDate: '2026-03-16',
			startTime: '18:00',
			endTime: '19:30',
			weekdays: [1],
			until: '2026-11-02'
		});
		const occ = expandSchedule(s, '2026-01-01', '2026-12-31');
		const byDate = new Map(occ.map((o) => [o.localDate, o]));

		expect(occ).toHaveLength(34);
		expect(occ[0].localDate).toBe('2026-03-16');
		expect(occ.at(-1)!.localDate).toBe('2026-11-02');
		// Before spring change: UTC+1.
		expect(byDate.get('2026-03-16')!.startsAt.toISOString()).toBe('2026-03-16T17:00:00.000Z');
		expect(byDate.get('2026-03-23')!.startsAt.toISOString()).toBe('2026-03-23T17:00:00.000Z');
		// After spring change: UTC+2.
		expect(byDate.get('2026-03-30')!.startsAt.toISOString()).toBe('2026-03-30T16:00:00.000Z');
		expect(byDate.get('2026-07-06')!.startsAt.toISOString()).toBe('2026-07-06T16:00:00.000Z');
		expect(byDate.get('2026-10-19')!.startsAt.toISOString()).toBe('2026-10-19T16:00:00.000Z');
		// After autumn change: UTC+1 again.
		expect(byDate.get('2026-10-26')!.startsAt.toISOString()).toBe('2026-10-26T17:00:00.000Z');
		expect(byDate.get('2026-11-02')!.startsAt.toISOString()).toBe('2026-11-02T17:00:00.000Z');
		for (const o of occ) {
			expect(o.weekday).toBe(1);
			expect(instantToZoned(o.startsAt)).toEqual({ date: o.localDate, time: '18:00', weekday: 1 });
			expect(instantToZoned(o.endsAt)).toEqual({ date: o.localDate, time: '19:30', weekday: 1 });
			expect(o.endsAt.getTime() - o.startsAt.getTime()).toBe(90 * 60_000);
			expect(o.startMinute).toBe(18 * 60);
		}
	});

	it('ends an overnight event on the next local day', () => {
		const s: Schedule = {
			kind: 'once',
			startDate: '2026-06-19',
			startTime: '22:00',
			endTime: '02:00'
		};
		const [o] = expandSchedule(s, '2026-06-01', '2026-06-30');
		expect(o.startsAt.toISOString()).toBe('2026-06-19T20:00:00.000Z');
		expect(o.endsAt.toISOString()).toBe('2026-06-20T00:00:00.000Z');
		expect(instantToZoned(o.endsAt)).toEqual({ date: '2026-06-20', time: '02:00', weekday: 6 });
	});
});

describe('odd/even ISO weeks across 2026/2027 (2026 has 53 weeks)', () => {
	const from = '2026-12-07';
	const to = '2027-01-24';

	it('odd Mondays include both W53 and W01 — two consecutive weeks', () => {
		const s = weekly({ startDate: '2026-11-02', weekdays: [1], weekParity: 'odd' });
		const dates = scheduleDates(s, from, to);
		expect(dates).toEqual(['2026-12-14', '2026-12-28', '2027-01-04', '2027-01-18']);
		expect(dates).not.toContain('2026-12-21'); // W52, even
		expect(dates.map((d) => isoWeek(d).week)).toEqual([51, 53, 1, 3]);
	});

	it('even Mondays are the complement for the same weekday', () => {
		const s = weekly({ startDate: '2026-11-02', weekdays: [1], weekParity: 'even' });
		const dates = scheduleDates(s, from, to);
		expect(dates).toEqual(['2026-12-07', '2026-12-21', '2027-01-11']);
		expect(dates.map((d) => isoWeek(d).week)).toEqual([50, 52, 2]);
	});

	it('odd and even together cover every matching weekday exactly once', () => {
		const base = { startDate: '2026-11-02', weekdays: [1, 3] };
		const odd = scheduleDates(weekly({ ...base, weekParity: 'odd' }), from, to);
		const even = scheduleDates(weekly({ ...base, weekParity: 'even' }), from, to);
		const all = scheduleDates(weekly(base), from, to);
		expect(odd.filter((d) => even.includes(d))).toEqual([]);
		expect([...odd, ...even].sort()).toEqual(all);
		expect(odd).toEqual([
			'2026-12-14',
			'2026-12-16',
			'2026-12-28',
			'2026-12-30',
			'2027-01-04',
			'2027-01-06',
			'2027-01-18',
			'2027-01-20'
		]);
	});

	it('a Sunday in W53 that falls in January is still odd', () => {
		const s = weekly({ startDate: '2026-11-01', weekdays: [7], weekParity: 'odd' });
		expect(scheduleDates(s, '2026-12-21', '2027-01-17')).toEqual(['2027-01-03', '2027-01-10']);
	});
});

describe('interval (every n weeks)', () => {
	it('every 2 weeks counts from the start date’s week', () => {
		const s = weekly({ startDate: '2026-01-07', weekdays: [3], interval: 2 });
		expect(scheduleDates(s, '2026-01-01', '2026-03-01')).toEqual([
			'2026-01-07',
			'2026-01-21',
			'2026-02-04',
			'2026-02-18'
		]);
	});

	it('counts from the start week, not from the window start', () => {
		const s = weekly({ startDate: '2026-01-07', weekdays: [3], interval: 2 });
		expect(scheduleDates(s, '2026-01-12', '2026-02-10')).toEqual(['2026-01-21', '2026-02-04']);
	});

	it('uses whole weeks even when the start date is mid-week', () => {
		// Start on Thursday 2026-01-08; Monday 2026-01-05 is in the start week but before the start.
		const s = weekly({ startDate: '2026-01-08', weekdays: [1, 4], interval: 2 });
		expect(scheduleDates(s, '2026-01-01', '2026-02-08')).toEqual([
			'2026-01-08',
			'2026-01-19',
			'2026-01-22',
			'2026-02-02',
			'2026-02-05'
		]);
	});

	it('every 3 weeks', () => {
		const s = weekly({ startDate: '2026-01-05', weekdays: [1], interval: 3 });
		expect(scheduleDates(s, '2026-01-01', '2026-03-01')).toEqual([
			'2026-01-05',
			'2026-01-26',
			'2026-02-16'
		]);
	});

	it('defaults to the start date’s weekday when no weekdays are given', () => {
		const s = weekly({ startDate: '2026-01-08' }); // Thursday
		expect(scheduleDates(s, '2026-01-01', '2026-01-31')).toEqual([
			'2026-01-08',
			'2026-01-15',
			'2026-01-22',
			'2026-01-29'
		]);
	});
});

describe('monthly nth weekday', () => {
	it('second Tuesday of each month in 2026', () => {
		const s: Schedule = {
			kind: 'monthly',
			startDate: '2026-01-01',
			startTime: '19:00',
			endTime: '21:00',
			nth: 2,
			weekday: 2
		};
		const dates = scheduleDates(s, '2026-01-01', '2026-12-31');
		expect(dates).toEqual([
			'2026-01-13',
			'2026-02-10',
			'2026-03-10',
			'2026-04-14',
			'2026-05-12',
			'2026-06-09',
			'2026-07-14',
			'2026-08-11',
			'2026-09-08',
			'2026-10-13',
			'2026-11-10',
			'2026-12-08'
		]);
		for (const d of dates) {
			expect(isoWeekday(d), d).toBe(2);
			const day = Number(d.slice(8));
			expect(day, d).toBeGreaterThanOrEqual(8);
			expect(day, d).toBeLessThanOrEqual(14);
		}
	});

	it('last Friday of each month in 2026', () => {
		const s: Schedule = {
			kind: 'monthly',
			startDate: '2026-01-01',
			startTime: '19:00',
			endTime: '21:00',
			nth: -1,
			weekday: 5
		};
		expect(scheduleDates(s, '2026-01-01', '2026-12-31')).toEqual([
			'2026-01-30',
			'2026-02-27',
			'2026-03-27',
			'2026-04-24',
			'2026-05-29',
			'2026-06-26',
			'2026-07-31',
			'2026-08-28',
			'2026-09-25',
			'2026-10-30',
			'2026-11-27',
			'2026-12-25'
		]);
	});

	it('first weekday defaults: nth 1 and the start date’s weekday', () => {
		const s: Schedule = {
			kind: 'monthly',
			startDate: '2026-01-05', // Monday
			startTime: '19:00',
			endTime: '21:00'
		};
		expect(scheduleDates(s, '2026-01-01', '2026-04-30')).toEqual([
			'2026-01-05',
			'2026-02-02',
			'2026-03-02',
			'2026-04-06'
		]);
	});
});

describe('exceptions and breaks', () => {
	it('skips excluded dates', () => {
		const s = weekly({
			startDate: '2026-01-07',
			weekdays: [3],
			exceptions: ['2026-01-14', '2026-01-22', '2026-02-04']
		});
		expect(scheduleDates(s, '2026-01-01', '2026-02-11')).toEqual([
			'2026-01-07',
			'2026-01-21',
			'2026-01-28',
			'2026-02-11'
		]);
	});

	it('a summer break removes the weekly dates inside it', () => {
		const s = weekly({
			startDate: '2026-06-01',
			weekdays: [1],
			breaks: [{ from: '2026-06-15', to: '2026-08-16', label: 'Sommaruppehåll' }]
		});
		expect(scheduleDates(s, '2026-06-01', '2026-08-31')).toEqual([
			'2026-06-01',
			'2026-06-08',
			'2026-08-17',
			'2026-08-24',
			'2026-08-31'
		]);
	});

	it('a break is inclusive at both ends, and only removes dates within it', () => {
		const s = weekly({
			startDate: '2026-06-01',
			weekdays: [1, 2, 3, 4, 5, 6, 7],
			breaks: [{ from: '2026-06-15', to: '2026-08-16' }]
		});
		expect(scheduleDates(s, '2026-06-13', '2026-08-18')).toEqual([
			'2026-06-13',
			'2026-06-14',
			'2026-08-17',
			'2026-08-18'
		]);
	});

	it('several breaks and exceptions combine', () => {
		const s = weekly({
			startDate: '2026-12-01',
			weekdays: [2],
			breaks: [
				{ from: '2026-12-22', to: '2027-01-06' },
				{ from: '2027-02-23', to: '2027-02-23' }
			],
			exceptions: ['2027-01-12']
		});
		expect(scheduleDates(s, '2026-12-01', '2027-03-02')).toEqual([
			'2026-12-01',
			'2026-12-08',
			'2026-12-15',
			'2027-01-19',
			'2027-01-26',
			'2027-02-02',
			'2027-02-09',
			'2027-02-16',
			'2027-03-02'
		]);
	});

	it('expandSchedule honours exceptions too', () => {
		const s = weekly({ startDate: '2026-01-07', weekdays: [3], exceptions: ['2026-01-14'] });
		expect(expandSchedule(s, '2026-01-01', '2026-01-21').map((o) => o.localDate)).toEqual([
			'2026-01-07',
			'2026-01-21'
		]);
	});
});

describe('until and window clipping', () => {
	it('until is inclusive and nothing comes after it', () => {
		const s = weekly({ startDate: '2026-01-01', weekdays: [4], until: '2026-01-22' });
		expect(scheduleDates(s, '2026-01-01', '2026-02-28')).toEqual([
			'2026-01-01',
			'2026-01-08',
			'2026-01-15',
			'2026-01-22'
		]);
	});

	it('until on a non-matching day stops at the last match before it', () => {
		const s = weekly({ startDate: '2026-01-01', weekdays: [4], until: '2026-01-21' });
		expect(scheduleDates(s, '2026-01-01', '2026-02-28')).toEqual([
			'2026-01-01',
			'2026-01-08',
			'2026-01-15'
		]);
	});

	it('a window ending before until clips at the window', () => {
		const s = weekly({ startDate: '2026-01-01', weekdays: [4], until: '2026-12-31' });
		expect(scheduleDates(s, '2026-01-10', '2026-01-29')).toEqual([
			'2026-01-15',
			'2026-01-22',
			'2026-01-29'
		]);
	});

	it('the window is inclusive at both ends', () => {
		const s = weekly({ startDate: '2026-01-01', weekdays: [4] });
		expect(scheduleDates(s, '2026-02-05', '2026-02-26')).toEqual([
			'2026-02-05',
			'2026-02-12',
			'2026-02-19',
			'2026-02-26'
		]);
	});

	it('nothing before the start date even if the window begins earlier', () => {
		const s = weekly({ startDate: '2026-01-15', weekdays: [4] });
		expect(scheduleDates(s, '2025-12-01', '2026-01-29')).toEqual([
			'2026-01-15',
			'2026-01-22',
			'2026-01-29'
		]);
	});

	it('a window entirely before the start or after until is empty', () => {
		const s = weekly({ startDate: '2026-01-15', weekdays: [4], until: '2026-02-26' });
		expect(scheduleDates(s, '2025-12-01', '2026-01-14')).toEqual([]);
		expect(scheduleDates(s, '2026-02-27', '2026-03-31')).toEqual([]);
	});

	it('a once schedule inside the window yields its date', () => {
		const s: Schedule = {
			kind: 'once',
			startDate: '2026-05-20',
			startTime: '17:00',
			endTime: '18:30'
		};
		expect(scheduleDates(s, '2026-05-01', '2026-05-31')).toEqual(['2026-05-20']);
		expect(scheduleDates(s, '2026-05-20', '2026-05-20')).toEqual(['2026-05-20']);
		const [o] = expandSchedule(s, '2026-05-01', '2026-05-31');
		expect(o).toEqual({
			localDate: '2026-05-20',
			weekday: 3,
			startMinute: 17 * 60,
			startsAt: new Date('2026-05-20T15:00:00.000Z'),
			endsAt: new Date('2026-05-20T16:30:00.000Z')
		});
	});

	it('a once schedule outside the window yields nothing', () => {
		const s: Schedule = {
			kind: 'once',
			startDate: '2026-05-20',
			startTime: '17:00',
			endTime: '18:30'
		};
		expect(scheduleDates(s, '2026-05-21', '2026-06-30')).toEqual([]);
		expect(scheduleDates(s, '2026-04-01', '2026-05-19')).toEqual([]);
		expect(expandSchedule(s, '2026-06-01', '2026-06-30')).toEqual([]);
	});

	it('a once schedule on an excluded date yields nothing', () => {
		const s: Schedule = {
			kind: 'once',
			startDate: '2026-05-20',
			startTime: '17:00',
			endTime: '18:30',
			exceptions: ['2026-05-20']
		};
		expect(scheduleDates(s, '2026-05-01', '2026-05-31')).toEqual([]);
	});
});

describe('multiple weekdays per week', () => {
	it('Tuesdays and Thursdays', () => {
		const s = weekly({ startDate: '2026-03-02', weekdays: [2, 4] });
		const occ = expandSchedule(s, '2026-03-01', '2026-03-15');
		expect(occ.map((o) => o.localDate)).toEqual([
			'2026-03-03',
			'2026-03-05',
			'2026-03-10',
			'2026-03-12'
		]);
		expect(occ.map((o) => o.weekday)).toEqual([2, 4, 2, 4]);
	});

	it('returns dates in chronological order regardless of weekday order', () => {
		const s = weekly({ startDate: '2026-03-02', weekdays: [4, 2] });
		expect(scheduleDates(s, '2026-03-04', '2026-03-12')).toEqual([
			'2026-03-05',
			'2026-03-10',
			'2026-03-12'
		]);
	});
});
