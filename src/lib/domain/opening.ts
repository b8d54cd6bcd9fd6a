import { addDays, instantToZoned, isoWeek, isoWeekday } from './dates';

type Rule = { weekday: number; weekParity: 'odd' | 'even' | null };
type Deviation = { fromDate: string; toDate: string; closed: boolean };
type Hours = { opens: string; closes: string };
type RuleWithHours = Rule & Hours;
type DeviationWithHours = Deviation & { opens: string | null; closes: string | null };

const ruleMatches = (r: Rule, date: string) =>
	r.weekday === isoWeekday(date) && (!r.weekParity || (r.weekParity === 'odd') === (isoWeek(date).week % 2 === 1));

/** Whether a meeting point is open on a date: a weekly rule matches (with its odd/even weeks) and no closure covers it. */
export function isOpenOn(date: string, rules: Rule[], deviations: Deviation[]): boolean {
	const deviation = deviations.find((d) => date >= d.fromDate && date <= d.toDate);
	if (deviation) return !deviation.closed;
	return rules.some((r) => ruleMatches(r, date));
}

/** Opening periods of one date, earliest first: a deviation (closed, or other hours) wins over the weekly rules. */
export function hoursOn(date: string, rules: RuleWithHours[], deviations: DeviationWithHours[]): Hours[] {
	const deviation = deviations.find((d) => date >= d.fromDate && date <= d.toDate);
	if (deviation) {
		if (deviation.closed) return [];
		if (deviation.opens && deviation.closes) return [{ opens: deviation.opens, closes: deviation.closes }];
	}
	return rules
		.filter((r) => ruleMatches(r, date))
		.map((r) => ({ opens: r.opens, closes: r.closes }))
		.sort((a, b) => a.opens.localeCompare(b.opens));
}

export type OpeningStatus =
	| { open: true; closes: string }
	| { open: false; next: { date: string; opens: string } | null };

/**
 * Open now, or when it opens next, on the Stockholm wall clock (so daylight-saving changes need no
 * special case). Null when the place has no opening hours at all.
 */
export function openingStatus(
	now: Date,
	rules: RuleWithHours[],
	deviations: DeviationWithHours[],
	horizonDays = 62
): OpeningStatus | null {
	if (!rules.length) return null;
	const { date, time } = instantToZoned(now);
	const today = hoursOn(date, rules, deviations);
	const current = today.find((h) => h.opens <= time && time < h.closes);
	if (current) {
		// Back-to-back periods (10–12 and 12–15) read as one: open until 15.
		let closes = current.closes;
		for (const h of today) if (h.opens <= closes && h.closes > closes) closes = h.closes;
		return { open: true, closes };
	}
	const later = today.find((h) => h.opens > time);
	if (later) return { open: false, next: { date, opens: later.opens } };
	for (let i = 1; i <= horizonDays; i++) {
		const day = addDays(date, i);
		const first = hoursOn(day, rules, deviations)[0];
		if (first) return { open: false, next: { date: day, opens: first.opens } };
	}
	return { open: false, next: null };
}
