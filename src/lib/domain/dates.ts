/** All wall-clock times in the product are in this zone. */
export const TIME_ZONE = 'Europe/Stockholm';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date without a zone, as a day count since 1970-01-01 (for arithmetic). */
export function toDayNumber(date: string): number {
	const m = ISO_DATE.exec(date);
	if (!m) throw new RangeError(`Not a date: ${date}`);
	return Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS;
}

export function fromDayNumber(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
	return fromDayNumber(toDayNumber(date) + days);
}

export function isValidDate(date: string): boolean {
	const m = ISO_DATE.exec(date);
	if (!m) return false;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: string): number {
	return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week and its week-year (week 1 holds the year's first Thursday). */
export function isoWeek(date: string): { year: number; week: number } {
	const day = toDayNumber(date);
	const thursday = day - isoWeekday(date) + 4;
	const year = new Date(thursday * DAY_MS).getUTCFullYear();
	const jan1 = Date.UTC(year, 0, 1) / DAY_MS;
	return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

/** Monday of an ISO week, e.g. (2026, 53) → 2026-12-28. */
export function mondayOfIsoWeek(year: number, week: number): string {
	const jan4 = fromDayNumber(Date.UTC(year, 0, 4) / DAY_MS);
	const mondayWeek1 = toDayNumber(jan4) - isoWeekday(jan4) + 1;
	return fromDayNumber(mondayWeek1 + (week - 1) * 7);
}

export function weeksInIsoYear(year: number): number {
	return isoWeek(`${year}-12-28`).week;
}

export function parseIsoWeek(value: string): { year: number; week: number } | null {
	const m = /^(\d{4})-W(\d{2})$/.exec(value);
	if (!m) return null;
	const year = +m[1];
	const week = +m[2];
	if (year < 2000 || year > 2100 || week < 1 || week > weeksInIsoYear(year)) return null;
	return { year, week };
}

/**
 * A week as people write it: "2026-W48", "2026 v 48", "vecka 48", "v48", "48" or a date in the week.
 * A bare week number means the nearest such week to `today` (in December, "2" is next January).
 */
export function readWeek(input: string, today: string): { year: number; week: number } | null {
	const value = input.trim().toLowerCase();
	const exact = parseIsoWeek(value.toUpperCase());
	if (exact) return exact;
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return isValidDate(value) ? isoWeek(value) : null;
	const withYear = /^(\d{4})\s*[-\s]\s*(?:w|v|v\.|vecka|week)?\s*(\d{1,2})$/.exec(value);
	if (withYear) return parseIsoWeek(formatIsoWeek({ year: +withYear[1], week: +withYear[2] }));
	const bare = /^(?:w|v|v\.|vecka|week)?\s*(\d{1,2})$/.exec(value);
	if (!bare) return null;
	const week = +bare[1];
	const now = isoWeek(today);
	const candidates = [now.year - 1, now.year, now.year + 1]
		.map((year) => parseIsoWeek(formatIsoWeek({ year, week })))
		.filter((w): w is { year: number; week: number } => w !== null);
	const distance = (w: { year: number; week: number }) => Math.abs(toDayNumber(mondayOfIsoWeek(w.year, w.week)) - toDayNumber(today));
	return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

export function formatIsoWeek({ year, week }: { year: number; week: number }): string {
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Minutes since midnight for 'HH:MM'. */
export function toMinutes(time: string): number {
	const [h, m] = time.split(':').map(Number);
	return h * 60 + m;
}

const parts = new Intl.DateTimeFormat('en-CA', {
	timeZone: TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/** Stockholm wall-clock date and time of an instant (Intl only, so it is light in the browser). */
export function instantToZoned(instant: Date): { date: string; time: string; weekday: number } {
	const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
	const date = `${p.year}-${p.month}-${p.day}`;
	return { date, time: `${p.hour}:${p.minute}`, weekday: isoWeekday(date) };
}

let todayMemo = { minute: NaN, date: '' };

/** Asked several times per request: the answer is kept for the minute (Stockholm's offsets are whole hours, so a date never changes inside one). */
export function todayInStockholm(now: Date = new Date()): string {
	const minute = Math.floor(now.getTime() / 60_000);
	if (minute !== todayMemo.minute) todayMemo = { minute, date: instantToZoned(now).date };
	return todayMemo.date;
}
