import { addDays, isoWeek, isoWeekday, toDayNumber, toMinutes } from './dates';
import { explainSchedule, type Schedule } from './recurrence';

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const schemaDay = (isoDay: number) => `https://schema.org/${DAY_NAMES[isoDay - 1]}`;

export type PublishedDate = { localDate: string; cancelled: boolean };

type Rule = { days: number[]; weeks: number; monthWeek: number | null };

/** What schema.org's Schedule can say: byDay every n weeks, or byDay in the k-th week of each month. */
function candidateRule(s: Schedule): Rule | null {
	if (s.kind === 'weekly') {
		const days = s.weekdays?.length ? [...s.weekdays].sort() : [isoWeekday(s.startDate)];
		// Odd/even ISO weeks are every other week until a year with week 53; checked below.
		return { days, weeks: s.weekParity ? 2 : Math.max(1, s.interval ?? 1), monthWeek: null };
	}
	if (s.kind === 'monthly') {
		const nth = s.nth ?? 1;
		// byMonthWeek counts from the start of the month (1–5); "the last Tuesday" has no spelling.
		if (nth < 1 || nth > 5) return null;
		return { days: [s.weekday ?? isoWeekday(s.startDate)], weeks: 0, monthWeek: nth };
	}
	return null;
}

/** The dates a schema.org Schedule with this rule gives from `from` (its startDate) to `to`. */
function ruleDates(rule: Rule, from: string, to: string): string[] {
	const out: string[] = [];
	const firstMonday = toDayNumber(from) - isoWeekday(from) + 1;
	for (let d = from; d <= to; d = addDays(d, 1)) {
		const weekday = isoWeekday(d);
		if (!rule.days.includes(weekday)) continue;
		if (rule.monthWeek !== null) {
			if (Math.ceil(Number(d.slice(8, 10)) / 7) === rule.monthWeek) out.push(d);
		} else if (((toDayNumber(d) - weekday + 1 - firstMonday) / 7) % rule.weeks === 0) out.push(d);
	}
	return out;
}

const duration = (s: Schedule) => {
	let minutes = toMinutes(s.endTime) - toMinutes(s.startTime);
	if (minutes <= 0) minutes += 24 * 60;
	return `PT${Math.floor(minutes / 60) ? `${Math.floor(minutes / 60)}H` : ''}${minutes % 60 ? `${minutes % 60}M` : ''}`;
};

/**
 * A schema.org Schedule for the published dates of a series, or null when no Schedule says exactly
 * these dates (then list them as subEvents). The Schedule covers the published window only: from the
 * first to the last published date, every date its rule gives that is not held is an exceptDate. It
 * is checked against the series' own rule, so odd/even weeks across a week-53 year end, or "the last
 * Tuesday of the month", never come out as a rule that names wrong days.
 */
export function schemaSchedule(s: Schedule, dates: PublishedDate[]): Record<string, unknown> | null {
	const rule = candidateRule(s);
	if (!rule || !dates.length) return null;
	const from = dates[0].localDate;
	const to = dates.at(-1)!.localDate;
	const bare: Schedule = { ...s, startDate: s.startDate < from ? s.startDate : from, exceptions: [], breaks: [], holidays: 'run', until: to };
	const own = explainSchedule(bare, from, to).held;
	const said = ruleDates(rule, from, to);
	if (own.length !== said.length || own.some((d, i) => d !== said[i])) return null;
	const held = new Set(dates.filter((d) => !d.cancelled).map((d) => d.localDate));
	if ([...held].some((d) => !own.includes(d))) return null;
	const schedule: Record<string, unknown> = {
		'@type': 'Schedule',
		startDate: from,
		endDate: to,
		startTime: s.startTime,
		endTime: s.endTime,
		duration: duration(s),
		byDay: rule.days.map(schemaDay),
		repeatFrequency: rule.monthWeek !== null ? 'P1M' : `P${rule.weeks}W`,
		scheduleTimezone: 'Europe/Stockholm'
	};
	if (rule.monthWeek !== null) schedule.byMonthWeek = rule.monthWeek;
	const except = own.filter((d) => !held.has(d));
	if (except.length) schedule.exceptDate = except;
	return schedule;
}

export type OpeningRuleInput = { weekday: number; weekParity: 'odd' | 'even' | null; opens: string; closes: string };
export type OpeningDeviationInput = { fromDate: string; toDate: string; closed: boolean; opens: string | null; closes: string | null };

/**
 * schema.org opening hours: weekly rules as they are; odd/even-week rules as dated entries for the
 * next `weeks` weeks (schema.org has no week parity); deviations as special opening hours that
 * override the rules for their dates (a closed day opens and closes at 00:00).
 */
export function openingHours(rules: OpeningRuleInput[], deviations: OpeningDeviationInput[], today: string, weeks = 8) {
	const regular: Record<string, unknown>[] = [];
	const spec = (day: number, opens: string, closes: string) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: schemaDay(day), opens, closes });
	for (const r of rules.filter((r) => !r.weekParity)) regular.push(spec(r.weekday, r.opens, r.closes));
	for (let d = today, end = addDays(today, weeks * 7 - 1); d <= end; d = addDays(d, 1)) {
		const odd = isoWeek(d).week % 2 === 1;
		for (const r of rules.filter((r) => r.weekParity && r.weekday === isoWeekday(d) && (r.weekParity === 'odd') === odd))
			regular.push({ ...spec(r.weekday, r.opens, r.closes), validFrom: d, validThrough: d });
	}
	const special: Record<string, unknown>[] = [];
	for (const dev of deviations.filter((x) => x.toDate >= today)) {
		const hours = dev.closed ? { opens: '00:00', closes: '00:00' } : dev.opens && dev.closes ? { opens: dev.opens, closes: dev.closes } : null;
		if (hours) special.push({ '@type': 'OpeningHoursSpecification', ...hours, validFrom: dev.fromDate, validThrough: dev.toDate });
	}
	return { regular, special };
}
