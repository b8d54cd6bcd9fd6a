import type { OpeningDeviation, OpeningRule } from './server/db/queries/places';
import type { Locale } from './i18n';
import { common } from './i18n/messages/common';
import { places } from './i18n/messages/places';
import { formatDate } from './format';
import type { OpeningStatus } from './domain/opening';
import { isoWeekday, toDayNumber } from './domain/dates';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Måndag 10:00–15:00", "Lördag, jämna veckor 11:00–14:00" — one line per rule, Monday first. */
export function describeOpeningRules(rules: OpeningRule[], locale: Locale = 'sv') {
	const m = common[locale];
	const p = places[locale];
	return rules.map((r) => ({
		day: cap(m.weekdays[r.weekday - 1]) + (r.weekParity ? `, ${r.weekParity === 'odd' ? p.oddWeeks : p.evenWeeks}` : ''),
		hours: `${r.opens}–${r.closes}`,
		note: r.note
	}));
}

/** "Stängt 24 december – 1 januari (Stängt under jul och nyår)". */
export function describeDeviation(d: OpeningDeviation, locale: Locale = 'sv') {
	const p = places[locale];
	const range = d.fromDate === d.toDate ? formatDate(d.fromDate, locale) : `${formatDate(d.fromDate, locale)} – ${formatDate(d.toDate, locale)}`;
	const what = d.closed ? p.closed : `${p.changed} ${d.opens}–${d.closes}`;
	return `${what} ${range}${d.note && d.note !== p.closed ? ` (${d.note})` : ''}`;
}

/** "Öppet nu – stänger 15:00", "Stängt – öppnar imorgon 09:30", "Stängt – öppnar måndag 4 januari 09:30". */
export function describeOpeningStatus(status: OpeningStatus, today: string, locale: Locale = 'sv'): string {
	const p = places[locale];
	if (status.open) return p.openNow(status.closes);
	if (!status.next) return p.closedNow;
	const { date, opens } = status.next;
	const days = toDayNumber(date) - toDayNumber(today);
	const day =
		days === 0 ? p.today
		: days === 1 ? p.tomorrow
		: days < 7 ? common[locale].weekdays[isoWeekday(date) - 1]
		: formatDate(date, locale);
	return p.closedOpens(day, opens);
}
