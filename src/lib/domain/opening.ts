import { isoWeek, isoWeekday } from './dates';

type Rule = { weekday: number; weekParity: 'odd' | 'even' | null };
type Deviation = { fromDate: string; toDate: string; closed: boolean };

/** Whether a meeting point is open on a date: a weekly rule matches (with its odd/even weeks) and no closure covers it. */
export function isOpenOn(date: string, rules: Rule[], deviations: Deviation[]): boolean {
	const deviation = deviations.find((d) => date >= d.fromDate && date <= d.toDate);
	if (deviation) return !deviation.closed;
	const weekday = isoWeekday(date);
	const odd = isoWeek(date).week % 2 === 1;
	return rules.some((r) => r.weekday === weekday && (!r.weekParity || (r.weekParity === 'odd') === odd));
}
