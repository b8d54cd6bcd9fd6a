import { describe, expect, it } from 'vitest';
import { affectedPeople, planDates, type StoredDate, type WantedDate } from './occurrence-plan';
import { zonedToInstant } from './zoned';
import { isoWeekday } from './dates';

const at = (date: string, time: string) => zonedToInstant(date, time).getTime();
let nextId = 1;
const stored = (date: string, time = '10:00', extra: Partial<StoredDate> = {}): StoredDate => ({
	id: nextId++, localDate: date, startsAt: at(date, time), endsAt: at(date, '11:00'), cancelled: false, cancelReason: null, cancelNote: null, people: 0, ...extra
});
const wanted = (date: string, time = '10:00', end = '11:00', closedNote: string | null = null): WantedDate => ({
	localDate: date, weekday: isoWeekday(date), startMinute: Number(time.slice(0, 2)) * 60, startsAt: at(date, time), endsAt: at(date, end), closedNote
});

describe('planDates', () => {
	it('leaves an unchanged schedule alone', () => {
		const plan = planDates([stored('2026-12-08'), stored('2026-12-15')], [wanted('2026-12-08'), wanted('2026-12-15')], { oneOff: false });
		expect(plan).toEqual({ changes: [], inserts: [], drops: [] });
	});

	it('moves a new time on the same day in place, keeping the row and its sign-ups', () => {
		const a = stored('2026-12-08', '09:00', { people: 3 });
		const plan = planDates([a], [wanted('2026-12-08', '09:30', '10:30')], { oneOff: false });
		expect(plan.changes).toHaveLength(1);
		expect(plan.changes[0]).toMatchObject({ id: a.id, moved: true });
		expect(plan.inserts).toEqual([]);
		expect(plan.drops).toEqual([]);
		expect(affectedPeople(plan).people).toBe(3);
	});

	it('moves Tuesdays to Wednesdays one by one', () => {
		const tue = [stored('2026-12-08', '10:00', { people: 2 }), stored('2026-12-15')];
		const plan = planDates(tue, [wanted('2026-12-09'), wanted('2026-12-16')], { oneOff: false });
		expect(plan.changes.map((c) => [c.id, c.after.localDate])).toEqual([[tue[0].id, '2026-12-09'], [tue[1].id, '2026-12-16']]);
		expect(affectedPeople(plan).moved).toHaveLength(1);
	});

	it('moves a one-off party to any new date', () => {
		const party = stored('2026-12-12', '14:00', { people: 5 });
		const plan = planDates([party], [wanted('2027-01-20', '15:00', '17:00')], { oneOff: true });
		expect(plan.changes[0]).toMatchObject({ id: party.id, moved: true });
		expect(affectedPeople(plan).people).toBe(5);
	});

	it('drops dates the schedule no longer gives: cancelled when people signed up, deleted otherwise', () => {
		const a = stored('2026-12-22', '10:00', { people: 1 });
		const b = stored('2026-12-29');
		const plan = planDates([a, b], [], { oneOff: false });
		expect(plan.drops).toEqual([{ stored: a, keepCancelled: true }, { stored: b, keepCancelled: false }]);
		expect(affectedPeople(plan).cancelled.map((c) => c.stored.id)).toEqual([a.id]);
	});

	it('cancels a date inside a venue closure and lifts it when the closure goes', () => {
		const a = stored('2026-12-24', '10:00', { people: 2 });
		const closed = planDates([a], [wanted('2026-12-24', '10:00', '11:00', 'Lokalen är stängd.')], { oneOff: false });
		expect(closed.changes[0]).toMatchObject({ moved: false, cancel: { reason: 'closure', note: 'Lokalen är stängd.' } });
		expect(affectedPeople(closed).cancelled).toHaveLength(1);
		const b = stored('2026-12-24', '10:00', { cancelled: true, cancelReason: 'closure', cancelNote: 'Lokalen är stängd.' });
		const open = planDates([b], [wanted('2026-12-24')], { oneOff: false });
		expect(open.changes[0]).toMatchObject({ cancel: 'lift' });
	});

	it('never lifts a cancellation made by the organiser', () => {
		const a = stored('2026-12-24', '10:00', { cancelled: true, cancelReason: 'organiser', cancelNote: 'Ledaren är sjuk' });
		expect(planDates([a], [wanted('2026-12-24')], { oneOff: false }).changes).toEqual([]);
	});

	it('does not pair dates more than a week apart in a series', () => {
		const a = stored('2026-12-08');
		const plan = planDates([a], [wanted('2026-12-22')], { oneOff: false });
		expect(plan.changes).toEqual([]);
		expect(plan.inserts).toHaveLength(1);
		expect(plan.drops).toHaveLength(1);
	});
});
