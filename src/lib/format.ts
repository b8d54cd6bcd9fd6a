import { common } from './i18n/messages/common';
import type { Locale } from './i18n';
import { addDays, isoWeekday, TIME_ZONE } from './domain/dates';

const timeFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** Lists show the same dates again and again; Intl formatting is the slow part of a row. */
const times = new Map<number, string>();

/** "10:00" in Stockholm time. */
export function formatTime(instant: number | Date): string {
	const ms = typeof instant === 'number' ? instant : instant.getTime();
	let text = times.get(ms);
	if (text === undefined) {
		if (times.size >= 20_000) times.clear();
		text = timeFormat.format(ms);
		times.set(ms, text);
	}
	return text;
}

export function formatTimeRange(start: number | Date, end: number | Date): string {
	return `${formatTime(start)}–${formatTime(end)}`;
}

/** "måndag 23 november", "maanantai 23. marraskuuta" (and the year when it is not this year's). */
export function formatDate(localDate: string, locale: Locale = 'sv', withYear = false): string {
	const m = common[locale];
	const [y, mo, d] = localDate.split('-').map(Number);
	const day = m.weekdays[isoWeekday(localDate) - 1];
	// Finnish writes the day as an ordinal and the month in the partitive: "maanantai 23. marraskuuta".
	const date = locale === 'fi' ? `${day} ${d}. ${m.months[mo - 1]}` : `${day} ${d} ${m.months[mo - 1]}`;
	return withYear ? `${date} ${y}` : date;
}

/**
 * "Idag, måndag 23 november" for headings in lists; without `today` just the capitalised date.
 * `relative` false leaves out "Idag"/"Imorgon" (paper is read on other days than it was printed).
 */
export function formatDayHeading(localDate: string, today: string, locale: Locale = 'sv', relative = true): string {
	const m = common[locale];
	const date = formatDate(localDate, locale, Boolean(today) && localDate.slice(0, 4) !== today.slice(0, 4));
	const prefix = !today || !relative ? null : localDate === today ? m.today : localDate === addDays(today, 1) ? m.tomorrow : null;
	const text = prefix ? `${prefix}, ${date}` : date;
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Gratis", "40 kr/gång – fika ingår"; the unit (per session, term…) follows the amount. */
export function formatCost(free: boolean, amount: number | null, note: string | null, locale: Locale = 'sv', unit: string | null = null) {
	if (free) return common[locale].free;
	const base = amount !== null ? common[locale].price(amount, unit) : '';
	return [base, note].filter(Boolean).join(' – ');
}

