import { describe, expect, it } from 'vitest';
import { aggregate, countedWindow, coverage, parsePeriod, previousPeriod, suppressionPlan, type ReportRow } from './reporting';

const row = (o: Partial<ReportRow>): ReportRow => ({
	localDate: '2026-03-10',
	district: 'Centrum',
	category: 'Motion',
	organisation: 'PRO',
	venue: 'Kulturhuset',
	audiences: ['Alla äldre'],
	eventId: 1,
	cancelled: false,
	total: 10,
	...o
});

describe('aggregate', () => {
	it('counts held and cancelled dates apart and sums only reported participants', () => {
		const { total } = aggregate([row({}), row({ total: null }), row({ cancelled: true, total: null }), row({ total: 6 })], ['district']);
		expect(total).toMatchObject({ held: 3, cancelled: 1, reported: 2, participants: 16, meanPerDate: 8, shareReported: 66.7, activities: 1 });
	});

	it('groups by two dimensions and suppresses participant counts under 5', () => {
		const rows = [row({ total: 3 }), row({ category: 'Kultur', total: 12 }), row({ district: 'Sanna', total: 0 })];
		const { groups } = aggregate(rows, ['district', 'category'], suppressionPlan(rows));
		const small = groups.find((g) => g.keys.join('/') === 'Centrum/Motion')!;
		expect(small.figures.participants).toBeNull();
		expect(small.figures.suppressed).toBe(true);
		expect(small.figures.held).toBe(1);
		// Centrum's 15 is public in the district table: 15 − 12 would give the 3 away, so 12 hides too.
		expect(groups.find((g) => g.keys.join('/') === 'Centrum/Kultur')!.figures.suppressed).toBe(true);
		expect(groups.find((g) => g.keys.join('/') === 'Sanna/Motion')!.figures.participants).toBe(0);
	});

	it('suppresses with a single dimension too, but never the total', () => {
		const rows = [row({ total: 3 }), row({ district: 'Sanna', total: 20 }), row({ district: 'Ekeby', total: 30 })];
		const { groups, total } = aggregate(rows, ['district'], suppressionPlan(rows));
		expect(groups.map((g) => [g.keys[0], g.figures.participants])).toEqual([['Centrum', null], ['Ekeby', 30], ['Sanna', null]]);
		expect(total.participants).toBe(53);
		expect(aggregate(rows, ['district']).groups[0].figures.participants).toBe(3);
	});

	it('counts a date once per audience when grouped by audience', () => {
		const { groups, total } = aggregate([row({ audiences: ['Alla äldre', 'Anhöriga'] })], ['audience']);
		expect(groups.map((g) => [g.keys[0], g.figures.participants])).toEqual([['Alla äldre', 10], ['Anhöriga', 10]]);
		expect(total.participants).toBe(10);
	});

	it('reflects a corrected count (the row holds the latest value)', () => {
		const before = aggregate([row({ total: 10 })], ['month']).total.participants;
		const after = aggregate([row({ total: 14 })], ['month']).total.participants;
		expect(after! - before!).toBe(4);
	});
});

describe('periods in Europe/Stockholm calendar dates', () => {
	it('parses months, terms, years and custom ranges, inclusive', () => {
		expect(parsePeriod('month', '2026-02')).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
		expect(parsePeriod('month', '2028-02')).toMatchObject({ to: '2028-02-29' });
		expect(parsePeriod('month', '2026-12')).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
		expect(parsePeriod('term', '2026-HT')).toMatchObject({ from: '2026-07-01', to: '2026-12-31' });
		expect(parsePeriod('year', '2026')).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
		expect(parsePeriod('custom', '', '2026-03-29', '2026-03-29')).toMatchObject({ from: '2026-03-29', to: '2026-03-29' });
		expect(parsePeriod('month', '2026-13')).toBeNull();
		expect(parsePeriod('custom', '', '2026-05-01', '2026-04-01')).toBeNull();
	});

	it('finds the previous period of the same kind', () => {
		expect(previousPeriod(parsePeriod('month', '2026-01')!)).toMatchObject({ from: '2025-12-01', to: '2025-12-31' });
		expect(previousPeriod(parsePeriod('term', '2026-VT')!)).toMatchObject({ from: '2025-07-01', to: '2025-12-31' });
		expect(previousPeriod(parsePeriod('custom', '', '2026-03-10', '2026-03-16')!)).toMatchObject({ from: '2026-03-03', to: '2026-03-09' });
	});
});

describe('coverage', () => {
	it('gives activities and participants per 1,000 residents aged 65+', () => {
		const rows = [row({ eventId: 1 }), row({ eventId: 2, total: 30 }), row({ district: 'Sanna', eventId: 3 })];
		const c = coverage(rows, [
			{ name: 'Centrum', residents65Plus: 1000 },
			{ name: 'Sanna', residents65Plus: 500 },
			{ name: 'Ekeby', residents65Plus: 400 }
		]);
		expect(c).toEqual([
			{ district: 'Centrum', residents65Plus: 1000, activities: 2, held: 2, participants: 40, activitiesPer1000: 2, participantsPer1000: 40, suppressed: false },
			{ district: 'Sanna', residents65Plus: 500, activities: 1, held: 1, participants: 10, activitiesPer1000: 2, participantsPer1000: 20, suppressed: false },
			{ district: 'Ekeby', residents65Plus: 400, activities: 0, held: 0, participants: 0, activitiesPer1000: 0, participantsPer1000: 0, suppressed: false }
		]);
	});
});

describe('countedWindow', () => {
	const march = parsePeriod('month', '2027-03')!;
	const feb = previousPeriod(march);
	it('counts nothing of a period that has not begun', () => {
		expect(countedWindow(march, feb, '2026-12-01')).toEqual({ status: 'future', counted: null, elapsedDays: 0, compared: null });
	});
	it('counts a finished period whole against the whole previous one', () => {
		expect(countedWindow(feb, previousPeriod(feb), '2027-03-01')).toMatchObject({ status: 'past', counted: { from: '2027-02-01', to: '2027-02-28' }, compared: { from: '2027-01-01', to: '2027-01-31' } });
	});
	it('counts an ongoing period up to yesterday and compares the same number of days', () => {
		const dec = parsePeriod('month', '2026-12')!;
		expect(countedWindow(dec, previousPeriod(dec), '2026-12-11')).toEqual({ status: 'ongoing', counted: { from: '2026-12-01', to: '2026-12-10' }, elapsedDays: 10, compared: { from: '2026-11-01', to: '2026-11-10' } });
		expect(countedWindow(dec, previousPeriod(dec), '2026-12-01')).toMatchObject({ status: 'ongoing', counted: null, compared: null });
		// 30 days of March against February, which has only 28: all of February.
		expect(countedWindow(march, feb, '2027-03-31').compared).toEqual({ from: '2027-02-01', to: '2027-02-28' });
	});
});
