import { getDb } from './db';
import { attendanceSheet } from './db/queries/attendance';
import { COUNT_FIELDS } from '../domain/attendance';
import { parsePeriod } from '../domain/reporting';
import { addDays, todayInStockholm } from '../domain/dates';
import type { Actor } from './commands/actor';
import { runForm } from './commands/form';
import { saveAttendanceSheet } from './commands/attendance';

/** The month shown: ?manad=YYYY-MM, default this month. */
export function sheetMonth(url: URL) {
	const today = todayInStockholm();
	const value = url.searchParams.get('manad') ?? today.slice(0, 7);
	const period = parsePeriod('month', value) ?? parsePeriod('month', today.slice(0, 7))!;
	const prev = addDays(period.from, -1).slice(0, 7);
	const next = addDays(period.to, 1).slice(0, 7);
	return { period, month: period.from.slice(0, 7), prev, next: next <= today.slice(0, 7) ? next : null };
}

export function loadSheet(organisationId: number | null, url: URL) {
	const m = sheetMonth(url);
	return { ...m, rows: attendanceSheet(getDb(), organisationId, m.period.from, m.period.to) };
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
