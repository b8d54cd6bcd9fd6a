import { describe, expect, it } from 'vitest';
import { moveBreak, scheduleForTerm, termAfter, termById, termOf, termOfSeries } from './terms';
import type { Schedule } from './recurrence';

describe('terms', () => {
	it('spring is January–June, autumn August–December, July counts as the autumn ahead', () => {
		expect(termOf('2026-03-10')).toMatchObject({ id: 'vt2026', from: '2026-01-01', to: '2026-06-30' });
		expect(termOf('2026-07-15').id).toBe('ht2026');
		expect(termAfter(termById('ht2026')!).id).toBe('vt2027');
		expect(termById('xx2026')).toBeNull();
	});

	it('a series belongs to the term of its last date, or of today when it runs on', () => {
		const s: Schedule = { kind: 'weekly', startDate: '2026-08-19', until: '2026-12-16', startTime: '10:00', endTime: '11:00', weekdays: [3] };
		expect(termOfSeries(s, '2026-11-23').id).toBe('ht2026');
		expect(termOfSeries({ ...s, until: null }, '2027-02-01').id).toBe('vt2027');
	});

	it('a break in week 44 becomes week 44 of the next autumn, and is dropped from a spring term', () => {
		const autumnBreak = { from: '2026-10-26', to: '2026-10-30', label: 'Höstlov' };
		expect(moveBreak(autumnBreak, { from: '2027-08-01', to: '2027-12-31' })).toMatchObject({ how: 'moved', after: { from: '2027-11-01', to: '2027-11-05' } });
		expect(moveBreak(autumnBreak, { from: '2027-01-01', to: '2027-06-30' })).toMatchObject({ how: 'dropped', after: null });
	});

	it('a Christmas break over the new year is cut to the new term', () => {
		const christmas = { from: '2026-12-19', to: '2027-01-06', label: 'Jul- och nyårsuppehåll' };
		expect(moveBreak(christmas, { from: '2027-01-01', to: '2027-06-30' })).toMatchObject({ how: 'shortened', after: { from: '2027-01-01', to: '2027-01-06' } });
	});

	it('the new schedule runs the term through with the same rule, excluded dates not carried over', () => {
		const s: Schedule = { kind: 'weekly', startDate: '2026-08-19', until: '2026-12-16', startTime: '10:00', endTime: '11:00', weekdays: [3], exceptions: ['2026-09-02'], breaks: [{ from: '2026-10-26', to: '2026-10-30', label: 'Höstlov' }] };
		const copy = scheduleForTerm(s, { from: '2027-08-01', to: '2027-12-31' });
		expect(copy.schedule).toMatchObject({ kind: 'weekly', weekdays: [3], startDate: '2027-08-01', until: '2027-12-31', exceptions: [], breaks: [{ from: '2027-11-01', to: '2027-11-05' }] });
		expect(copy.droppedExceptions).toEqual(['2026-09-02']);
	});
});
