import { fail } from '@sveltejs/kit';
import { getDb } from './db';
import { attendanceSheet, canRecordAttendance, removeAttendance, saveAttendance } from './db/queries/attendance';
import { COUNT_FIELDS, parseCounts, type CountField } from '../domain/attendance';
import { parsePeriod } from '../domain/reporting';
import { addDays, todayInStockholm } from '../domain/dates';
import { invalidateCache } from './cache';

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

/**
 * Saves every row that has a total; rows with mistakes are returned with what was typed and a
 * message per cell. Ownership is checked per date (organisationId null = staff, any date).
 */
export async function saveSheet(request: Request, actorUserId: number, organisationId: number | null) {
	const form = await request.formData();
	const ids = [...new Set(form.getAll('occurrence').map(Number).filter((n) => Number.isInteger(n) && n > 0))].slice(0, 2000);
	const db = getDb();
	const errors: Record<string, string> = {};
	const values: Record<string, string> = {};
	let saved = 0;
	let corrected = 0;
	for (const id of ids) {
		const raw = Object.fromEntries(COUNT_FIELDS.map((f) => [f, String(form.get(`c-${id}-${f}`) ?? '')])) as Record<CountField, string>;
		for (const f of COUNT_FIELDS) values[`c-${id}-${f}`] = raw[f];
		const { counts, errors: rowErrors } = parseCounts(raw);
		for (const [f, message] of Object.entries(rowErrors)) errors[`c-${id}-${f}`] = message!;
		// Fields of a disabled (cancelled) row are not posted at all: such a row is left untouched.
		if (!COUNT_FIELDS.some((f) => form.has(`c-${id}-${f}`))) continue;
		const empty = COUNT_FIELDS.every((f) => raw[f].trim() === '');
		if (empty && canRecordAttendance(db, organisationId, id)) {
			// A row emptied on purpose removes what was saved before.
			if (removeAttendance(db, actorUserId, id)) (saved++, corrected++);
			continue;
		}
		if (!counts) continue;
		if (!canRecordAttendance(db, organisationId, id)) {
			errors[`c-${id}-total`] = 'Det här tillfället kan du inte rapportera.';
			continue;
		}
		const result = saveAttendance(db, actorUserId, id, counts);
		if (result !== 'unchanged') saved++;
		if (result === 'corrected') corrected++;
	}
	if (saved) invalidateCache();
	if (Object.keys(errors).length) return fail(400, { values, errors, saved });
	return { saved, corrected };
}
