import { addDays, isoWeek, isoWeekday, mondayOfIsoWeek, toDayNumber, weeksInIsoYear } from './dates';
import type { DateRange, Schedule } from './recurrence';

/** A term: spring (vt, January–June) or autumn (ht, August–December) of a year. */
export type Term = { id: string; season: 'vt' | 'ht'; year: number; from: string; to: string };

export function termById(id: string): Term | null {
	const m = /^(vt|ht)(\d{4})$/.exec(id);
	if (!m) return null;
	const season = m[1] as 'vt' | 'ht';
	const year = Number(m[2]);
	if (year < 2000 || year > 2100) return null;
	return season === 'vt' ? { id, season, year, from: `${year}-01-01`, to: `${year}-06-30` } : { id, season, year, from: `${year}-08-01`, to: `${year}-12-31` };
}

/** The term a date lies in; July (summer) counts as the autumn term ahead. */
export function termOf(date: string): Term {
	const year = Number(date.slice(0, 4));
	return termById(`${Number(date.slice(5, 7)) <= 6 ? 'vt' : 'ht'}${year}`)!;
}

export function termAfter(t: Term): Term {
	return termById(t.season === 'vt' ? `ht${t.year}` : `vt${t.year + 1}`)!;
}

/** The term a series belongs to: the one of its last date, or (running on) of today or its start. */
export function termOfSeries(s: Schedule, today: string): Term {
	return termOf(s.until ?? (s.startDate > today ? s.startDate : today));
}

/** What happened to one break when a series moved to a new term. */
export type BreakChange = { label: string; before: DateRange; after: DateRange | null; how: 'moved' | 'kept' | 'shortened' | 'dropped' | 'duplicate' };

/** The same ISO week and weekday in another ISO year (week 53 becomes 52 in a year without one). */
function sameWeekIn(date: string, year: number): string {
	const { week } = isoWeek(date);
	return addDays(mondayOfIsoWeek(year, Math.min(week, weeksInIsoYear(year))), isoWeekday(date) - 1);
}

/**
 * Moves a break to the new range by whole ISO years, keeping its week and weekday (an autumn break
 * in week 44 stays in week 44), and cuts it to the range; a break that falls outside is dropped.
 */
export function moveBreak(b: DateRange, range: { from: string; to: string }): BreakChange {
	const label = b.label ?? 'Uppehåll';
	const length = toDayNumber(b.to) - toDayNumber(b.from);
	const baseYear = isoWeek(b.from).year;
	const years = [...new Set([Number(range.from.slice(0, 4)) - 1, Number(range.from.slice(0, 4)), Number(range.to.slice(0, 4))])].sort((x, y) => Math.abs(x - baseYear) - Math.abs(y - baseYear));
	for (const year of years) {
		const from = year === baseYear ? b.from : sameWeekIn(b.from, year);
		const to = year === baseYear ? b.to : addDays(from, length);
		if (to < range.from || from > range.to) continue;
		const cut = { from: from < range.from ? range.from : from, to: to > range.to ? range.to : to, label };
		const how = cut.from !== from || cut.to !== to ? 'shortened' : year === baseYear ? 'kept' : 'moved';
		return { label, before: b, after: cut, how };
	}
	return { label, before: b, after: null, how: 'dropped' };
}

export type TermCopy = { schedule: Schedule; breaks: BreakChange[]; droppedExceptions: string[] };

/**
 * A series' schedule for a new term: the same rule (weekdays, weeks, time, holidays) from the first
 * to the last day of the range, breaks moved to the same weeks, excluded dates not carried over
 * (they were that term's own cancellations). What was adjusted is returned to be said on screen.
 */
export function scheduleForTerm(s: Schedule, range: { from: string; to: string }): TermCopy {
	const moved = (s.breaks ?? []).map((b) => moveBreak(b, range));
	// Several years' Christmas breaks all land on the new term's Christmas: the one moved least stays.
	const shift = (c: BreakChange) => (c.after ? Math.abs(Date.parse(c.after.from) - Date.parse(c.before.from)) : Infinity);
	const accepted: DateRange[] = [];
	for (const c of [...moved].sort((a, b) => shift(a) - shift(b))) {
		if (!c.after) continue;
		if (accepted.some((a) => a.from <= c.after!.to && c.after!.from <= a.to)) Object.assign(c, { after: null, how: 'duplicate' });
		else accepted.push(c.after);
	}
	return {
		schedule: { ...s, startDate: range.from, until: range.to, exceptions: [], breaks: accepted.sort((a, b) => a.from.localeCompare(b.from)) },
		breaks: moved,
		droppedExceptions: [...(s.exceptions ?? [])]
	};
}
