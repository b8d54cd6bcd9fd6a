import {
	addDays,
	isoWeek,
	isoWeekday,
	toDayNumber,
	fromDayNumber,
	toMinutes
} from './dates';
import { zonedToInstant } from './zoned';

export type DateRange = { from: string; to: string; label?: string };

/**
 * When an event happens, in Europe/Stockholm wall-clock terms.
 * - once: a single date
 * - weekly: on `weekdays`, every `interval` weeks counted from the week of `startDate`,
 *   or only in odd/even ISO weeks (week 53 and week 1 are then both odd, as on Swedish calendars)
 * - monthly: the `nth` (1–4, or -1 for last) `weekday` of each month
 */
export type Schedule = {
	kind: 'once' | 'weekly' | 'monthly';
	startDate: string;
	startTime: string;
	endTime: string;
	until?: string | null;
	weekdays?: number[];
	interval?: number;
	weekParity?: 'odd' | 'even' | null;
	nth?: number;
	weekday?: number;
	exceptions?: string[];
	breaks?: DateRange[];
	/** Swedish public holidays (and Christmas, Midsummer and New Year's Eve): skipped unless 'run'. */
	holidays?: 'skip' | 'run';
};

/** Names a public holiday, or null: passed in so that this module stays free of the holiday data. */
export type HolidayLookup = (date: string) => string | null;

/** Why a date the rule gives is not held. */
export type SkippedDate = { localDate: string; reason: 'exception' | 'break' | 'holiday'; label: string | null };

export type PlannedOccurrence = {
	localDate: string;
	weekday: number;
	startMinute: number;
	startsAt: Date;
	endsAt: Date;
};

function matchesWeekly(s: Schedule, date: string): boolean {
	const weekday = isoWeekday(date);
	const days = s.weekdays?.length ? s.weekdays : [isoWeekday(s.startDate)];
	if (!days.includes(weekday)) return false;
	if (s.weekParity) {
		const odd = isoWeek(date).week % 2 === 1;
		return s.weekParity === 'odd' ? odd : !odd;
	}
	const interval = Math.max(1, s.interval ?? 1);
	const startMonday = toDayNumber(s.startDate) - isoWeekday(s.startDate) + 1;
	const thisMonday = toDayNumber(date) - weekday + 1;
	return ((thisMonday - startMonday) / 7) % interval === 0;
}

function matchesMonthly(s: Schedule, date: string): boolean {
	const weekday = s.weekday ?? isoWeekday(s.startDate);
	if (isoWeekday(date) !== weekday) return false;
	const dayOfMonth = Number(date.slice(8, 10));
	const nth = s.nth ?? 1;
	if (nth > 0) return Math.ceil(dayOfMonth / 7) === nth;
	const nextWeekSameMonth = addDays(date, 7).slice(0, 7) === date.slice(0, 7);
	return !nextWeekSameMonth;
}

function exclusion(s: Schedule, date: string, holiday?: HolidayLookup): SkippedDate | null {
	if (s.exceptions?.includes(date)) return { localDate: date, reason: 'exception', label: null };
	const b = (s.breaks ?? []).find((b) => date >= b.from && date <= b.to);
	if (b) return { localDate: date, reason: 'break', label: b.label ?? null };
	// A one-off event is put on a date on purpose, holiday or not.
	const name = s.kind !== 'once' && s.holidays !== 'run' && holiday ? holiday(date) : null;
	return name ? { localDate: date, reason: 'holiday', label: name } : null;
}

/** The dates a schedule's rule gives within [from, to], each held or skipped (and why). */
export function explainSchedule(s: Schedule, from: string, to: string, holiday?: HolidayLookup) {
	const held: string[] = [];
	const skipped: SkippedDate[] = [];
	const consider = (date: string) => {
		const why = exclusion(s, date, holiday);
		if (why) skipped.push(why);
		else held.push(date);
	};
	if (s.kind === 'once') {
		if (s.startDate >= from && s.startDate <= to) consider(s.startDate);
		return { held, skipped };
	}
	const first = s.startDate > from ? s.startDate : from;
	const last = s.until && s.until < to ? s.until : to;
	const matches = s.kind === 'weekly' ? matchesWeekly : matchesMonthly;
	for (let d = toDayNumber(first), end = toDayNumber(last); d <= end; d++) {
		const date = fromDayNumber(d);
		if (matches(s, date)) consider(date);
	}
	return { held, skipped };
}

/** Local dates of a schedule within [from, to], both inclusive. */
export function scheduleDates(s: Schedule, from: string, to: string, holiday?: HolidayLookup): string[] {
	return explainSchedule(s, from, to, holiday).held;
}

/** Occurrences of a schedule within [from, to] local dates, with their UTC instants. */
export function expandSchedule(s: Schedule, from: string, to: string, holiday?: HolidayLookup): PlannedOccurrence[] {
	const startMinute = toMinutes(s.startTime);
	const overnight = toMinutes(s.endTime) <= startMinute;
	return scheduleDates(s, from, to, holiday).map((localDate) => ({
		localDate,
		weekday: isoWeekday(localDate),
		startMinute,
		startsAt: zonedToInstant(localDate, s.startTime),
		endsAt: zonedToInstant(overnight ? addDays(localDate, 1) : localDate, s.endTime)
	}));
}
