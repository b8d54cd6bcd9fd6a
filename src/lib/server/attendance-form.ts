import { getDb } from './db';
import { attendanceSheet } from './db/queries/attendance';
import { COUNT_FIELDS } from '../domain/attendance';
import { parsePeriod } from '../domain/reporting';
import { addDays, isValidDate, todayInStockholm } from '../domain/dates';
import type { Actor } from './commands/actor';
import { runForm } from './commands/form';
import { saveAttendanceSheet } from './commands/attendance';

/** The month shown: ?manad=YYYY-MM, default this month; a chosen ?datum= picks its month. */
export function sheetMonth(url: URL) {
	const today = todayInStockholm();
	const day = url.searchParams.get('datum') ?? '';
	const value = (isValidDate(day) ? day.slice(0, 7) : null) ?? url.searchParams.get('manad') ?? today.slice(0, 7);
	const period = parsePeriod('month', value) ?? parsePeriod('month', today.slice(0, 7))!;
	const prev = addDays(period.from, -1).slice(0, 7);
	const next = addDays(period.to, 1).slice(0, 7);
	return { period, month: period.from.slice(0, 7), prev, next: next <= today.slice(0, 7) ? next : null };
}

export function loadSheet(organisationId: number | null, url: URL) {
	const m = sheetMonth(url);
	return { ...m, rows: attendanceSheet(getDb(), organisationId, m.period.from, m.period.to) };
}

/**
 * Staff narrow a month's sheet to one place (?plats=<venue id>, "distans" for remote dates) and/or
 * one day (?datum=YYYY-MM-DD). The places offered are those of the whole month, so a filter never
 * hides its own way back. A day that cannot be read is said next to the field and ignored.
 */
export function loadFilteredSheet(organisationId: number, url: URL) {
	const sheet = loadSheet(organisationId, url);
	const venues = [...new Map(sheet.rows.map((r) => [r.venueId === null ? 'distans' : String(r.venueId), r.venue])).entries()]
		.map(([id, name]) => ({ id, name }))
		.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'sv'));
	const plats = url.searchParams.get('plats') ?? '';
	const venue = venues.some((v) => v.id === plats) ? plats : '';
	const rawDay = (url.searchParams.get('datum') ?? '').trim();
	const day = isValidDate(rawDay) ? rawDay : '';
	const rows = sheet.rows.filter((r) => (!venue || (r.venueId === null ? 'distans' : String(r.venueId)) === venue) && (!day || r.localDate === day));
	return { ...sheet, rows, venues, filters: { plats: venue, datum: day || rawDay, datumInvalid: Boolean(rawDay) && !day } };
}

/** The sheet's rows as posted: `occurrence` ids, and `c-<id>-<field>` cells (a cancelled date's cells are not posted). */
export async function saveSheet(request: Request, actor: Actor) {
	const form = await request.formData();
	const ids = [...new Set(form.getAll('occurrence').map(Number).filter((n) => Number.isInteger(n) && n > 0))];
	const values: Record<string, string> = {};
	const rows = [];
	for (const id of ids) {
		if (!COUNT_FIELDS.some((f) => form.has(`c-${id}-${f}`))) continue;
		const raw = Object.fromEntries(COUNT_FIELDS.map((f) => [f, String(form.get(`c-${id}-${f}`) ?? '')]));
		for (const f of COUNT_FIELDS) values[`c-${id}-${f}`] = raw[f];
		rows.push({ occurrenceId: id, raw });
	}
	const { value, failure } = await runForm(saveAttendanceSheet, actor, { rows }, { values });
	return failure ?? value;
}
