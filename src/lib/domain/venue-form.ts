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

/** Opening-hour rows from the form (`oh-N-*`); blank rows are skipped, mistakes keyed by field. */
export function parseOpeningRows(form: FormData, rows: number) {
	const rules: OpeningRuleInput[] = [];
	const errors: Record<string, string> = {};
	for (let i = 0; i < rows; i++) {
		const day = String(form.get(`oh-${i}-weekday`) ?? '');
		const opens = String(form.get(`oh-${i}-opens`) ?? '').trim();
		const closes = String(form.get(`oh-${i}-closes`) ?? '').trim();
		if (!day && !opens && !closes) continue;
		if (!/^[1-7]$/.test(day)) errors[`oh-${i}-weekday`] = 'Välj veckodag.';
		if (!time.safeParse(opens).success) errors[`oh-${i}-opens`] = 'Skriv tiden som tt:mm, till exempel 09:00.';
		if (!time.safeParse(closes).success) errors[`oh-${i}-closes`] = 'Skriv tiden som tt:mm, till exempel 15:00.';
		else if (opens >= closes) errors[`oh-${i}-closes`] = 'Stängningstiden behöver vara efter öppningstiden.';
		const parity = String(form.get(`oh-${i}-parity`) ?? '');
		rules.push({ weekday: Number(day), weekParity: parity === 'odd' || parity === 'even' ? parity : null, opens, closes, note: String(form.get(`oh-${i}-note`) ?? '').trim().slice(0, 200) || null });
	}
	return { rules, errors };
}

export function parseDeviationRows(form: FormData, rows: number) {
	const deviations: DeviationInput[] = [];
	const errors: Record<string, string> = {};
	for (let i = 0; i < rows; i++) {
		const from = String(form.get(`dv-${i}-from`) ?? '').trim();
		const to = String(form.get(`dv-${i}-to`) ?? '').trim() || from;
		if (!from) continue;
		if (!isValidDate(from)) errors[`dv-${i}-from`] = 'Skriv datumet som 2026-12-24.';
		if (!isValidDate(to)) errors[`dv-${i}-to`] = 'Skriv datumet som 2027-01-01.';
		else if (to < from) errors[`dv-${i}-to`] = 'Sista dagen behöver vara efter första dagen.';
		const closed = form.get(`dv-${i}-closed`) === 'on';
		const opens = String(form.get(`dv-${i}-opens`) ?? '').trim();
		const closes = String(form.get(`dv-${i}-closes`) ?? '').trim();
		if (!closed && (!time.safeParse(opens).success || !time.safeParse(closes).success)) errors[`dv-${i}-opens`] = 'Kryssa i ”Stängt” eller skriv öppettider som tt:mm.';
		deviations.push({ fromDate: from, toDate: to, closed, opens: closed ? null : opens, closes: closed ? null : closes, note: String(form.get(`dv-${i}-note`) ?? '').trim().slice(0, 200) || null });
	}
	return { deviations, errors };
}
