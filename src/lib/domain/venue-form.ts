import { z } from 'zod';
import { isValidDate } from './dates';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Skriv tiden som tt:mm, till exempel 09:00.');
const phone = z.string().trim().max(40, 'Telefonnumret är för långt.').regex(/^[\d\s+()-]*$/, 'Skriv telefonnumret med siffror, till exempel 0586-123 45.');

export const VENUE_KINDS = ['meeting_point', 'association', 'library', 'church', 'health_centre', 'outdoors', 'other'] as const;

export const venueSchema = z.object({
	name: z.string().trim().min(3, 'Skriv platsens namn.').max(120, 'Namnet är för långt.'),
	kind: z.enum(VENUE_KINDS, { error: 'Välj typ av plats.' }),
	district: z.string().min(1, 'Välj stadsdel.'),
	address: z.string().trim().min(3, 'Skriv gatuadressen.').max(200, 'Adressen är för lång.'),
	postcode: z.string().trim().max(10, 'Postnumret är för långt.').regex(/^(\d{3}\s?\d{2})?$/, 'Skriv postnumret som 691 31.'),
	lat: z.coerce.number({ error: 'Skriv latitud som ett tal, till exempel 59,327.' }).min(55, 'Latitud ska vara mellan 55 och 69,5.').max(69.5, 'Latitud ska vara mellan 55 och 69,5.'),
	lng: z.coerce.number({ error: 'Skriv longitud som ett tal, till exempel 14,524.' }).min(10, 'Longitud ska vara mellan 10 och 24,5.').max(24.5, 'Longitud ska vara mellan 10 och 24,5.'),
	phone,
	email: z.string().trim().max(254).refine((v) => v === '' || z.email().safeParse(v).success, 'Skriv en hel e-postadress.'),
	description: z.string().trim().max(3000, 'Högst 3000 tecken.'),
	busStop: z.string().trim().max(200, 'Högst 200 tecken.'),
	accessibilityNote: z.string().trim().max(1000, 'Högst 1000 tecken.')
});

export type OpeningRuleInput = { weekday: number; weekParity: 'odd' | 'even' | null; opens: string; closes: string; note: string | null };
export type DeviationInput = { fromDate: string; toDate: string; closed: boolean; opens: string | null; closes: string | null; note: string | null };

/** Row numbers present in the form for a prefix (`oh`, `dv`): there is no fixed number of rows. */
export function rowIndices(values: Record<string, string>, prefix: 'oh' | 'dv'): number[] {
	const found = new Set<number>();
	const re = new RegExp(`^${prefix}-(\\d{1,4})-`);
	for (const k of Object.keys(values)) {
		const m = re.exec(k);
		if (m) found.add(Number(m[1]));
	}
	return [...found].sort((a, b) => a - b);
}

/** How many rows to show: every row with something in it, then one blank (more on "add a row"). */
export function rowsToShow(values: Record<string, string>, prefix: 'oh' | 'dv'): number {
	const filled = rowIndices(values, prefix).filter((i) => Object.entries(values).some(([k, v]) => k.startsWith(`${prefix}-${i}-`) && v !== ''));
	const extra = Number(values[`${prefix}-extra`] ?? 0) || 0;
	return (filled.length ? Math.max(...filled) + 1 : 0) + 1 + extra;
}

/** Opening-hour rows (`oh-N-*`); blank rows are skipped, mistakes keyed by field. */
export function parseOpeningRows(values: Record<string, string>) {
	const rules: OpeningRuleInput[] = [];
	const errors: Record<string, string> = {};
	const get = (i: number, k: string) => (values[`oh-${i}-${k}`] ?? '').trim();
	for (const i of rowIndices(values, 'oh')) {
		const day = get(i, 'weekday');
		const opens = get(i, 'opens');
		const closes = get(i, 'closes');
		if (!day && !opens && !closes) continue;
		if (!/^[1-7]$/.test(day)) errors[`oh-${i}-weekday`] = 'Välj veckodag.';
		if (!time.safeParse(opens).success) errors[`oh-${i}-opens`] = 'Skriv tiden som tt:mm, till exempel 09:00.';
		if (!time.safeParse(closes).success) errors[`oh-${i}-closes`] = 'Skriv tiden som tt:mm, till exempel 15:00.';
		else if (opens >= closes) errors[`oh-${i}-closes`] = 'Stängningstiden behöver vara efter öppningstiden.';
		const parity = get(i, 'parity');
		const note = get(i, 'note');
		if (note.length > 200) errors[`oh-${i}-note`] = 'Högst 200 tecken.';
		rules.push({ weekday: Number(day), weekParity: parity === 'odd' || parity === 'even' ? parity : null, opens, closes, note: note || null });
	}
	return { rules, errors };
}

/** Deviation rows (`dv-N-*`): a closed day or changed hours for a date range. */
export function parseDeviationRows(values: Record<string, string>) {
	const deviations: DeviationInput[] = [];
	const errors: Record<string, string> = {};
	const get = (i: number, k: string) => (values[`dv-${i}-${k}`] ?? '').trim();
	for (const i of rowIndices(values, 'dv')) {
		const from = get(i, 'from');
		const to = get(i, 'to') || from;
		const note = get(i, 'note');
		const opens = get(i, 'opens');
		const closes = get(i, 'closes');
		if (!from && !get(i, 'to') && !note && !opens && !closes) continue;
		if (!from) errors[`dv-${i}-from`] = 'Skriv första dagen, till exempel 2026-12-24.';
		else if (!isValidDate(from)) errors[`dv-${i}-from`] = 'Skriv datumet som 2026-12-24.';
		if (!isValidDate(to)) errors[`dv-${i}-to`] ??= 'Skriv datumet som 2027-01-01.';
		else if (from && to < from) errors[`dv-${i}-to`] = 'Sista dagen behöver vara samma dag som den första eller senare.';
		const closed = values[`dv-${i}-closed`] === 'on';
		if (!closed && (!time.safeParse(opens).success || !time.safeParse(closes).success)) errors[`dv-${i}-opens`] = 'Kryssa i ”Stängt” eller skriv öppettider som tt:mm.';
		else if (!closed && opens >= closes) errors[`dv-${i}-closes`] = 'Stängningstiden behöver vara efter öppningstiden.';
		if (note.length > 200) errors[`dv-${i}-note`] = 'Högst 200 tecken.';
		deviations.push({ fromDate: from, toDate: to, closed, opens: closed ? null : opens, closes: closed ? null : closes, note: note || null });
	}
	return { deviations, errors };
}
