import { z } from 'zod';
import { isValidDate } from './dates';
import type { DateRange, Schedule } from './recurrence';

/** Form field names of the event form (also the keys of its errors and of re-rendered values). */
export const EVENT_TEXT_FIELDS = [
	'title', 'summary', 'description', 'easyRead', 'titleFi', 'summaryFi', 'category', 'venue', 'remoteDetails', 'gatheringPlace',
	'newVenueName', 'newVenueAddress', 'newVenuePostcode', 'newVenueDistrict', 'newVenueLat', 'newVenueLng',
	'costKind', 'costAmount', 'costUnit', 'costNote', 'signupHow', 'capacity', 'signupDeadlineHours', 'accessibilityNotes',
	'contactName', 'contactPhone', 'contactEmail',
	'scheduleKind', 'startDate', 'startTime', 'endTime', 'frequency', 'nth', 'monthWeekday', 'until', 'holidays',
	'exceptions'
] as const;
export const EVENT_FLAG_FIELDS = ['lunchServed', 'signupRequired', 'signupOnline'] as const;
export const EVENT_LIST_FIELDS = ['audiences', 'languages', 'weekdays'] as const;

/** One row of the breaks list (`break-N-from`, `break-N-to`, `break-N-label`); there is no upper limit. */
export type BreakRow = { from: string; to: string; label: string };

export type EventFormValues = Record<(typeof EVENT_TEXT_FIELDS)[number], string> &
	Record<(typeof EVENT_FLAG_FIELDS)[number], boolean> &
	Record<(typeof EVENT_LIST_FIELDS)[number], string[]> & { breaks: BreakRow[] };

export const COST_UNITS = ['session', 'term', 'month', 'year', 'total'] as const;
export const DEFAULT_BREAK_LABEL = 'Uppehåll';

/** Browsers send a textarea's line breaks as CRLF; the saved text uses LF. */
const lf = (v: string) => v.replace(/\r\n?/g, '\n');

export function readEventForm(form: FormData): EventFormValues {
	const values = {} as EventFormValues;
	for (const f of EVENT_TEXT_FIELDS) values[f] = lf(String(form.get(f) ?? ''));
	for (const f of EVENT_FLAG_FIELDS) values[f] = form.get(f) === 'on' || form.get(f) === '1';
	for (const f of EVENT_LIST_FIELDS) values[f] = form.getAll(f).map(String);
	values.holidays ||= 'skip';
	values.scheduleKind = scheduleKindOf(form);
	const rows = new Set<number>();
	for (const key of form.keys()) {
		const m = /^break-(\d{1,4})-(from|to|label)$/.exec(key);
		if (m) rows.add(Number(m[1]));
	}
	values.breaks = [...rows]
		.sort((a, b) => a - b)
		.map((i) => ({ from: String(form.get(`break-${i}-from`) ?? '').trim(), to: String(form.get(`break-${i}-to`) ?? '').trim(), label: String(form.get(`break-${i}-label`) ?? '').trim() }))
		.filter((b) => b.from || b.to || b.label);
	return values;
}

/**
 * The form asks "En gång eller flera gånger?" (`occurs`, no default) and, for several, how often
 * (`repeatKind`). A post without the question (the older form, the API tests) names `scheduleKind`.
 * '' = not answered, 'repeat' = several times but not how often: both are errors next to the question.
 */
function scheduleKindOf(form: FormData): string {
	const occurs = String(form.get('occurs') ?? '');
	const repeatKind = String(form.get('repeatKind') ?? '');
	if (occurs === 'once') return 'once';
	if (occurs === 'repeat') return repeatKind === 'weekly' || repeatKind === 'monthly' ? repeatKind : 'repeat';
	const legacy = String(form.get('scheduleKind') ?? '');
	return ['once', 'weekly', 'monthly'].includes(legacy) ? legacy : '';
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
	titleFi: text(120),
	summaryFi: text(200),
	category: z.string().min(1, 'Välj typ av aktivitet.'),
	venue: z.string().min(1, 'Välj var aktiviteten är.'),
	remoteDetails: text(500),
	gatheringPlace: text(300),
	costKind: z.enum(['free', 'paid'], { error: 'Välj om aktiviteten är gratis eller kostar.' }),
	costAmount: z.string().trim(),
	costUnit: z.enum(['', ...COST_UNITS], { error: 'Välj vad priset gäller i listan.' }),
	costNote: text(200),
	signupHow: text(300),
	capacity: z.string().trim(),
	accessibilityNotes: text(1000),
	contactName: text(120),
	contactPhone: phone,
	contactEmail: z.string().trim().max(254).refine((v) => v === '' || z.email().safeParse(v).success, 'Skriv en hel e-postadress, till exempel anna@exempel.se.'),
});

const when = z.object({
	startDate: date('datumet'),
	startTime: time('starttiden'),
	endTime: time('sluttiden'),
	until: optionalDate('slutdatumet'),
	holidays: z.enum(['skip', 'run'], { error: 'Välj om aktiviteten är av på helgdagar.' }),
	exceptions: z.string()
});

export const ONCE_OR_MORE_ERROR = 'Svara om aktiviteten är en gång eller flera gånger.';

export type EventFormResult =
	| { ok: true; schedule: Schedule; data: z.infer<typeof base> & EventFormValues; cost: number | null; capacity: number | null }
	| { ok: false; errors: Record<string, string> };

export type ScheduleResult = { ok: true; schedule: Schedule } | { ok: false; errors: Record<string, string> };

function firstIssues(error: z.ZodError | undefined, errors: Record<string, string>) {
	for (const issue of error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
}

/**
 * The "when" part of the form alone (the date preview needs nothing else). Only the fields the
 * answer to "En gång eller flera gånger?" needs are checked: a one-off event ignores weekdays,
 * breaks and excluded dates that a form without JavaScript still posts.
 */
export function validateSchedule(v: EventFormValues, today: string): ScheduleResult {
	const errors: Record<string, string> = {};
	const kind = v.scheduleKind;
	if (!['once', 'weekly', 'monthly', 'repeat'].includes(kind)) errors.scheduleKind = ONCE_OR_MORE_ERROR;
	if (kind === 'repeat') errors.repeatKind = 'Välj om aktiviteten är varje vecka eller en gång i månaden.';
	const once = kind === 'once';
	firstIssues(when.safeParse(v).error, errors);
	if (once) {
		delete errors.until;
		delete errors.exceptions;
	}
	if (!errors.startTime && !errors.endTime && v.endTime <= v.startTime) errors.endTime ??= 'Sluttiden behöver vara efter starttiden.';
	if (!errors.startDate && v.startDate < addYears(today, -1)) errors.startDate ??= 'Datumet ligger för långt bak i tiden.';
	if (!errors.startDate && v.startDate > addYears(today, 2)) errors.startDate ??= 'Datumet ligger mer än två år fram i tiden.';
	if (kind === 'weekly' && v.weekdays.filter((d) => /^[1-7]$/.test(d)).length === 0) errors.weekdays ??= 'Välj minst en veckodag.';
	if (kind === 'weekly' && !['1', '2', '3', '4', 'udda', 'jamna'].includes(v.frequency)) errors.frequency ??= 'Välj hur ofta.';
	if (kind === 'monthly') {
		if (!['1', '2', '3', '4', '-1'].includes(v.nth)) errors.nth ??= 'Välj vilken i månaden.';
		if (!/^[1-7]$/.test(v.monthWeekday)) errors.monthWeekday ??= 'Välj veckodag.';
	}
	const exceptions = once ? [] : [...new Set(v.exceptions.split(/[\s,;]+/).filter(Boolean))].sort();
	if (!once) {
		if (!errors.until && v.until && v.until < v.startDate) errors.until ??= 'Slutdatumet behöver vara efter startdatumet.';
		if (!errors.until && v.until && v.until > addYears(today, 3)) errors.until ??= 'Sista datum får ligga högst tre år fram i tiden. Lämna rutan tom om aktiviteten fortsätter tills vidare.';
		const badException = exceptions.find((d) => !isValidDate(d));
		if (badException) errors.exceptions ??= `”${badException.slice(0, 20)}” är inget datum. Skriv datum som 2026-12-24, ett per rad.`;
		v.breaks.forEach((b, i) => {
			if (b.from && !isValidDate(b.from)) errors[`break-${i}-from`] ??= 'Skriv första dagen som år-månad-dag, till exempel 2026-12-21.';
			if (b.to && !isValidDate(b.to)) errors[`break-${i}-to`] ??= 'Skriv sista dagen som år-månad-dag, till exempel 2027-01-06.';
			if (!b.from) errors[`break-${i}-from`] ??= 'Skriv första dagen i uppehållet.';
			else if (!b.to) errors[`break-${i}-to`] ??= 'Skriv sista dagen i uppehållet.';
			else if (isValidDate(b.from) && isValidDate(b.to) && b.to < b.from) errors[`break-${i}-to`] ??= 'Sista dagen behöver vara samma dag som den första eller senare.';
			if (b.label.length > 80) errors[`break-${i}-label`] ??= 'Högst 80 tecken.';
		});
	}
	if (Object.keys(errors).length) return { ok: false, errors };
	const schedule: Schedule = {
		kind: kind as Schedule['kind'],
		startDate: v.startDate,
		startTime: v.startTime,
		endTime: v.endTime,
		until: once ? null : v.until || null,
		exceptions,
		breaks: once ? [] : v.breaks.map((b) => ({ from: b.from, to: b.to, label: b.label || DEFAULT_BREAK_LABEL }))
	};
	if (!once) schedule.holidays = v.holidays === 'run' ? 'run' : 'skip';
	if (kind === 'weekly') {
		schedule.weekdays = [...new Set(v.weekdays.map(Number))].filter((d) => d >= 1 && d <= 7).sort();
		if (v.frequency === 'udda' || v.frequency === 'jamna') schedule.weekParity = v.frequency === 'udda' ? 'odd' : 'even';
		else schedule.interval = Number(v.frequency);
	}
	if (kind === 'monthly') {
		schedule.nth = Number(v.nth);
		schedule.weekday = Number(v.monthWeekday);
	}
	return { ok: true, schedule };
}

/** Validates the event form; cross-field rules give messages next to the field they concern. */
export function validateEventForm(v: EventFormValues, today: string): EventFormResult {
	const parsed = base.safeParse(v);
	const errors: Record<string, string> = {};
	firstIssues(parsed.error, errors);
	// Whole kronor only ("20" or "20 kr"): "20,50" or "1e3" are refused, never rounded behind the user's back.
	const costText = v.costAmount.trim().replace(/\s*kr\.?$/i, '').replace(/\s/g, '');
	const cost = costText === '' ? null : /^\d+$/.test(costText) ? Number(costText) : NaN;
	if (v.costKind === 'paid' && cost !== null && cost > 10_000) errors.costAmount ??= 'Priset får vara högst 10 000 kr.';
	else if (v.costKind === 'paid' && (cost === null || !Number.isFinite(cost) || cost <= 0))
		errors.costAmount ??= 'Skriv vad det kostar i hela kronor, till exempel 20.';
	const capacityText = v.capacity.trim();
	const capacity = capacityText === '' ? null : /^\d+$/.test(capacityText) ? Number(capacityText) : NaN;
	if (capacity !== null && !Number.isInteger(capacity)) errors.capacity ??= 'Skriv antal platser som en siffra, till exempel 12.';
	else if (capacity !== null && capacity < 1) errors.capacity ??= 'Det behöver finnas minst 1 plats. Lämna rutan tom om antalet inte är begränsat.';
	else if (capacity !== null && capacity > 2000) errors.capacity ??= 'Det kan vara högst 2000 platser.';
	if (v.signupRequired && !v.signupHow.trim() && !v.signupOnline)
		errors.signupHow ??= 'Skriv hur man anmäler sig, till exempel ”Ring Anna på 0586-123 45”.';
	if (v.venue === 'ny') {
		if (v.newVenueName.trim().length < 3) errors.newVenueName ??= 'Skriv platsens namn.';
		if (v.newVenueAddress.trim().length < 3) errors.newVenueAddress ??= 'Skriv gatuadressen.';
		if (!v.newVenueDistrict) errors.newVenueDistrict ??= 'Välj stadsdel.';
		const lat = Number(v.newVenueLat.replace(',', '.')), lng = Number(v.newVenueLng.replace(',', '.'));
		if (v.newVenueLat && (!Number.isFinite(lat) || lat < 55 || lat > 69.5)) errors.newVenueLat ??= 'Latitud ska vara ett tal mellan 55 och 69,5 (Sverige).';
		if (v.newVenueLng && (!Number.isFinite(lng) || lng < 10 || lng > 24.5)) errors.newVenueLng ??= 'Longitud ska vara ett tal mellan 10 och 24,5 (Sverige).';
	}
	const when = validateSchedule(v, today);
	if (!when.ok) for (const [k, m] of Object.entries(when.errors)) errors[k] ??= m;
	if (Object.keys(errors).length || !parsed.success || !when.ok) return { ok: false, errors };
	return { ok: true, schedule: when.schedule, data: { ...v, ...parsed.data }, cost: v.costKind === 'paid' ? cost : null, capacity };
}

function addYears(date: string, n: number) {
	return `${Number(date.slice(0, 4)) + n}${date.slice(4)}`;
}

/**
 * Values for the form from a saved schedule (editing). Breaks and excluded dates that are over
 * are not shown (they cannot matter any more) but kept: `keepPastDates` puts them back on save.
 */
export function scheduleToValues(s: Schedule, today: string): Partial<EventFormValues> {
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
		holidays: s.holidays === 'run' ? 'run' : 'skip',
		exceptions: s.kind === 'once' ? '' : (s.exceptions ?? []).filter((d) => d >= today).join('\n'),
		breaks: s.kind === 'once' ? [] : (s.breaks ?? []).filter((b) => b.to >= today).map((b) => ({ from: b.from, to: b.to, label: b.label ?? DEFAULT_BREAK_LABEL }))
	};
}

/** The edited schedule with the saved schedule's past breaks and excluded dates put back. */
export function keepPastDates(edited: Schedule, saved: Schedule | null, today: string): Schedule {
	// A one-off event has no breaks or excluded dates (a form without JavaScript may post some: ignored).
	if (!saved || edited.kind === 'once') return edited;
	const pastBreaks = (saved.breaks ?? []).filter((b) => b.to < today && !(edited.breaks ?? []).some((e) => e.from === b.from && e.to === b.to));
	const pastExceptions = (saved.exceptions ?? []).filter((d) => d < today);
	return {
		...edited,
		exceptions: [...new Set([...pastExceptions, ...(edited.exceptions ?? [])])].sort(),
		breaks: [...pastBreaks, ...(edited.breaks ?? [])].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
	};
}

/** A schedule in one canonical form, so that "nothing changed" can be told from a saved one. */
export function canonicalSchedule(s: Schedule): Schedule {
	const c: Schedule = {
		kind: s.kind,
		startDate: s.startDate,
		startTime: s.startTime,
		endTime: s.endTime,
		until: s.kind === 'once' ? null : (s.until ?? null),
		exceptions: s.kind === 'once' ? [] : [...new Set(s.exceptions ?? [])].sort(),
		breaks: s.kind === 'once' ? [] : [...(s.breaks ?? [])].map((b) => ({ from: b.from, to: b.to, label: b.label ?? DEFAULT_BREAK_LABEL })).sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
	};
	if (s.kind !== 'once') c.holidays = s.holidays === 'run' ? 'run' : 'skip';
	if (s.kind === 'weekly') {
		c.weekdays = [...new Set(s.weekdays?.length ? s.weekdays : [])].sort();
		if (s.weekParity) c.weekParity = s.weekParity;
		else c.interval = Math.max(1, s.interval ?? 1);
	}
	if (s.kind === 'monthly') {
		c.nth = s.nth ?? 1;
		c.weekday = s.weekday ?? 1;
	}
	return c;
}
