import { z } from 'zod';
import { isValidDate } from './dates';
import type { Schedule } from './recurrence';

/** Form field names of the event form (also the keys of its errors and of re-rendered values). */
export const EVENT_TEXT_FIELDS = [
	'title', 'summary', 'description', 'easyRead', 'category', 'venue', 'remoteDetails',
	'newVenueName', 'newVenueAddress', 'newVenuePostcode', 'newVenueDistrict', 'newVenueLat', 'newVenueLng',
	'costKind', 'costAmount', 'costNote', 'signupHow', 'capacity', 'accessibilityNotes',
	'contactName', 'contactPhone', 'contactEmail',
	'scheduleKind', 'startDate', 'startTime', 'endTime', 'frequency', 'nth', 'monthWeekday', 'until',
	'exceptions', 'break1From', 'break1To', 'break2From', 'break2To'
] as const;
export const EVENT_FLAG_FIELDS = ['lunchServed', 'signupRequired', 'signupOnline'] as const;
export const EVENT_LIST_FIELDS = ['audiences', 'languages', 'weekdays'] as const;

export type EventFormValues = Record<(typeof EVENT_TEXT_FIELDS)[number], string> &
	Record<(typeof EVENT_FLAG_FIELDS)[number], boolean> &
	Record<(typeof EVENT_LIST_FIELDS)[number], string[]>;

export function readEventForm(form: FormData): EventFormValues {
	const values = {} as EventFormValues;
	for (const f of EVENT_TEXT_FIELDS) values[f] = String(form.get(f) ?? '').slice(0, 10_000);
	for (const f of EVENT_FLAG_FIELDS) values[f] = form.get(f) === 'on' || form.get(f) === '1';
	for (const f of EVENT_LIST_FIELDS) values[f] = form.getAll(f).map(String).slice(0, 50);
	return values;
}

const text = (max: number, required?: string) =>
	required
		? z.string().trim().min(1, required).max(max, `Högst ${max} tecken.`)
		: z.string().trim().max(max, `Högst ${max} tecken.`);
const time = (label: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `Skriv ${label} som tt:mm, till exempel 10:00.`);
const date = (label: string) => z.string().refine((v) => isValidDate(v), `Skriv ${label} som år-månad-dag, till exempel 2026-12-01.`);
const optionalDate = (label: string) => z.string().refine((v) => v === '' || isValidDate(v), `Skriv ${label} som år-månad-dag, till exempel 2026-12-01.`);
const phone = z.string().trim().max(40, 'Telefonnumret är för långt.').regex(/^[\d\s+()-]*$/, 'Skriv telefonnumret med siffror, till exempel 0586-123 45.');

const base = z.object({
	title: text(120, 'Skriv vad aktiviteten heter.').refine((v) => v.length >= 3, 'Rubriken behöver minst 3 tecken.'),
	summary: text(200, 'Skriv en kort sammanfattning i en mening.'),
	description: text(5000),
	easyRead: text(1000),
	category: z.string().min(1, 'Välj typ av aktivitet.'),
	venue: z.string().min(1, 'Välj var aktiviteten är.'),
	remoteDetails: text(500),
	costKind: z.enum(['free', 'paid'], { error: 'Välj om aktiviteten är gratis eller kostar.' }),
	costAmount: z.string().trim(),
	costNote: text(200),
	signupHow: text(300),
	capacity: z.string().trim(),
	accessibilityNotes: text(1000),
	contactName: text(120),
	contactPhone: phone,
	contactEmail: z.string().trim().max(254).refine((v) => v === '' || z.email().safeParse(v).success, 'Skriv en hel e-postadress, till exempel anna@exempel.se.'),
	scheduleKind: z.enum(['once', 'weekly', 'monthly'], { error: 'Välj om aktiviteten är en gång eller återkommande.' }),
	startDate: date('datumet'),
	startTime: time('starttiden'),
	endTime: time('sluttiden'),
	until: optionalDate('slutdatumet'),
	exceptions: z.string().max(2000),
	break1From: optionalDate('datumet'),
	break1To: optionalDate('datumet'),
	break2From: optionalDate('datumet'),
	break2To: optionalDate('datumet')
});

export type EventFormResult =
	| { ok: true; schedule: Schedule; data: z.infer<typeof base> & EventFormValues; cost: number | null; capacity: number | null }
	| { ok: false; errors: Record<string, string> };

/** Validates the event form; cross-field rules give messages next to the field they concern. */
export function validateEventForm(v: EventFormValues, today: string): EventFormResult {
	const parsed = base.safeParse(v);
	const errors: Record<string, string> = {};
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const key = String(issue.path[0]);
			errors[key] ??= issue.message;
		}
	}
	// Whole kronor only ("20" or "20 kr"): "20,50" or "1e3" are refused, never rounded behind the user's back.
	const costText = v.costAmount.trim().replace(/\s*kr\.?$/i, '').replace(/\s/g, '');
	const cost = costText === '' ? null : /^\d{1,5}$/.test(costText) ? Number(costText) : NaN;
	if (v.costKind === 'paid' && (cost === null || !Number.isFinite(cost) || cost <= 0 || cost > 10_000))
		errors.costAmount ??= 'Skriv vad det kostar i hela kronor, till exempel 20.';
	const capacityText = v.capacity.trim();
	const capacity = capacityText === '' ? null : /^\d{1,5}$/.test(capacityText) ? Number(capacityText) : NaN;
	if (capacity !== null && !Number.isInteger(capacity)) errors.capacity ??= 'Skriv antal platser som en siffra, till exempel 12.';
	else if (capacity !== null && capacity < 1) errors.capacity ??= 'Det behöver finnas minst 1 plats. Lämna rutan tom om antalet inte är begränsat.';
	else if (capacity !== null && capacity > 2000) errors.capacity ??= 'Högst 2000 platser.';
	if (v.signupRequired && !v.signupHow.trim() && !v.signupOnline)
		errors.signupHow ??= 'Skriv hur man anmäler sig, till exempel ”Ring Anna på 0586-123 45”.';
	if (v.venue === 'ny') {
		if (v.newVenueName.trim().length < 3) errors.newVenueName ??= 'Skriv platsens namn.';
		if (v.newVenueAddress.trim().length < 3) errors.newVenueAddress ??= 'Skriv gatuadressen.';
		if (!v.newVenueDistrict) errors.newVenueDistrict ??= 'Välj stadsdel.';
		const lat = Number(v.newVenueLat), lng = Number(v.newVenueLng);
		if (v.newVenueLat && (!Number.isFinite(lat) || lat < 55 || lat > 69.5)) errors.newVenueLat ??= 'Latitud ska vara ett tal mellan 55 och 69,5 (Sverige).';
		if (v.newVenueLng && (!Number.isFinite(lng) || lng < 10 || lng > 24.5)) errors.newVenueLng ??= 'Longitud ska vara ett tal mellan 10 och 24,5 (Sverige).';
	}
	if (!errors.startTime && !errors.endTime && v.endTime <= v.startTime) errors.endTime ??= 'Sluttiden behöver vara efter starttiden.';
	if (!errors.startDate && v.startDate < addYears(today, -1)) errors.startDate ??= 'Datumet ligger för långt bak i tiden.';
	if (!errors.startDate && v.startDate > addYears(today, 2)) errors.startDate ??= 'Datumet ligger mer än två år fram i tiden.';
	if (v.scheduleKind === 'weekly' && v.weekdays.filter((d) => /^[1-7]$/.test(d)).length === 0) errors.weekdays ??= 'Välj minst en veckodag.';
	if (v.scheduleKind !== 'once' && !errors.until && v.until && v.until < v.startDate) errors.until ??= 'Slutdatumet behöver vara efter startdatumet.';
	if (v.scheduleKind !== 'once' && !errors.until && v.until && v.until > addYears(today, 3)) errors.until ??= 'Sista datum får ligga högst tre år fram i tiden. Lämna rutan tom om aktiviteten fortsätter tills vidare.';
	if (v.scheduleKind === 'weekly' && !['1', '2', '3', '4', 'udda', 'jamna'].includes(v.frequency)) errors.frequency ??= 'Välj hur ofta.';
	if (v.scheduleKind === 'monthly') {
		if (!['1', '2', '3', '4', '-1'].includes(v.nth)) errors.nth ??= 'Välj vilken i månaden.';
		if (!/^[1-7]$/.test(v.monthWeekday)) errors.monthWeekday ??= 'Välj veckodag.';
	}
	const exceptions = v.exceptions.split(/[\s,;]+/).filter(Boolean);
	const badException = exceptions.find((d) => !isValidDate(d));
	if (badException) errors.exceptions ??= `”${badException.slice(0, 20)}” är inget datum. Skriv datum som 2026-12-24, ett per rad.`;
	for (const n of [1, 2] as const) {
		const from = v[`break${n}From`], to = v[`break${n}To`];
		if ((from && !to) || (!from && to)) errors[`break${n}To`] ??= 'Skriv både första och sista dagen i uppehållet.';
		else if (from && to && to < from) errors[`break${n}To`] ??= 'Sista dagen behöver vara efter första dagen.';
	}
	if (Object.keys(errors).length || !parsed.success) return { ok: false, errors };
	const breaks = ([1, 2] as const)
		.filter((n) => v[`break${n}From`] && v[`break${n}To`])
		.map((n) => ({ from: v[`break${n}From`], to: v[`break${n}To`], label: 'Uppehåll' }));
	const schedule: Schedule = {
		kind: v.scheduleKind as Schedule['kind'],
		startDate: v.startDate,
		startTime: v.startTime,
		endTime: v.endTime,
		until: v.scheduleKind === 'once' ? null : v.until || null,
		exceptions,
		breaks
	};
	if (v.scheduleKind === 'weekly') {
		schedule.weekdays = [...new Set(v.weekdays.map(Number))].filter((d) => d >= 1 && d <= 7).sort();
		if (v.frequency === 'udda' || v.frequency === 'jamna') schedule.weekParity = v.frequency === 'udda' ? 'odd' : 'even';
		else schedule.interval = Number(v.frequency);
	}
	if (v.scheduleKind === 'monthly') {
		schedule.nth = Number(v.nth);
		schedule.weekday = Number(v.monthWeekday);
	}
	return { ok: true, schedule, data: { ...v, ...parsed.data }, cost: v.costKind === 'paid' ? cost : null, capacity };
}

function addYears(date: string, n: number) {
	return `${Number(date.slice(0, 4)) + n}${date.slice(4)}`;
}

/** Values for a form from a saved schedule (editing). */
export function scheduleToValues(s: Schedule): Partial<EventFormValues> {
	const [b1, b2] = s.breaks ?? [];
	return {
		scheduleKind: s.kind,
		startDate: s.startDate,
		startTime: s.startTime,
		endTime: s.endTime,
		until: s.until ?? '',
		weekdays: (s.weekdays ?? []).map(String),
		frequency: s.weekParity ? (s.weekParity === 'odd' ? 'udda' : 'jamna') : String(s.interval ?? 1),
		nth: String(s.nth ?? 1),
		monthWeekday: String(s.weekday ?? 1),
		exceptions: (s.exceptions ?? []).join('\n'),
		break1From: b1?.from ?? '',
		break1To: b1?.to ?? '',
		break2From: b2?.from ?? '',
		break2To: b2?.to ?? ''
	};
}
