import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from './db';
import { filterVocabulary } from './db/queries/taxonomy';
import { EMPTY_EVENT_VALUES, eventFormValues, venueOptions } from './db/queries/event-form';
import { closedDaysOfVenue, impactOfSchedule } from './db/queries/occurrences';
import { getOwnEvent } from './db/queries/organiser';
import { getOrganisation } from './db/queries/organisations';
import { EVENT_TEMPLATES } from '../domain/event-templates';
import { readEventForm, validateSchedule, keepPastDates, type EventFormValues } from '../domain/event-form';
import { explainSchedule } from '../domain/recurrence';
import { addDays, todayInStockholm } from '../domain/dates';
import { zonedToInstant } from '../domain/zoned';
import { swedishHoliday } from './holidays';
import type { Actor } from './commands/actor';
import { runForm } from './commands/form';
import { eventMadeByFormKey, saveEvent } from './commands/events';
import { generateToken } from './auth/session';

export { EMPTY_EVENT_VALUES };

/** What the event form needs to offer: vocabularies, venues, districts. */
export function eventFormOptions(organisationId: number) {
	const db = getDb();
	return { ...filterVocabulary(db), venues: venueOptions(db, organisationId) };
}

export type SkipReason = 'exception' | 'break' | 'holiday' | 'closed';
export type PreviewDate = { localDate: string; startsAt: number; endsAt: number; skipped: { reason: SkipReason; label: string | null } | null };
export type Preview = { dates: PreviewDate[]; affectedPeople: number } | null;

/**
 * The dates a schedule would give a year ahead, with the ones it skips and why (break, excluded
 * date, holiday, venue closed) — server-rendered, so it works without JavaScript, and from the
 * "when" fields alone, so it works before the rest of the form is filled in. For an edit it also
 * says how many signed-up people a change would move or cancel.
 */
export function previewDates(values: EventFormValues, eventId: number | null, scope: number | null = null): { preview: Preview; errors: Record<string, string> } {
	const db = getDb();
	const today = todayInStockholm();
	const result = validateSchedule(values, today);
	if (!result.ok) return { preview: null, errors: result.errors };
	const own = eventId === null ? null : getOwnEvent(db, scope, eventId);
	const schedule = keepPastDates(result.schedule, own?.revision.schedule ?? null, today);
	const from = schedule.startDate > today ? schedule.startDate : today;
	const to = addDays(from, 366);
	const venueId = /^\d+$/.test(values.venue) ? Number(values.venue) : null;
	const closed = closedDaysOfVenue(db, venueId, from, to);
	const { held, skipped } = explainSchedule(schedule, from, to, swedishHoliday);
	const at = (d: string, t: string) => zonedToInstant(d, t).getTime();
	const dates: PreviewDate[] = [
		...held.map((d) => ({ localDate: d, skipped: closed.has(d) ? { reason: 'closed' as const, label: closed.get(d) ?? null } : null })),
		...skipped.map((s) => ({ localDate: s.localDate, skipped: { reason: s.reason, label: s.reason === 'exception' ? null : s.label } }))
	]
		.sort((a, b) => a.localDate.localeCompare(b.localDate))
		.map((d) => ({ ...d, startsAt: at(d.localDate, schedule.startTime), endsAt: at(schedule.endTime <= schedule.startTime ? addDays(d.localDate, 1) : d.localDate, schedule.endTime) }));
	const affectedPeople = own?.event.publishedRevisionId ? impactOfSchedule(db, own.event.id, schedule, venueId, new Date()).people : 0;
	return { preview: { dates, affectedPeople }, errors: {} };
}

/**
 * The shared action of the four event-form routes. Preview and "add a break row" only re-render;
 * a save goes through the `saveEvent` command. Posted status or organisation fields are never
 * trusted: the organisation comes from the actor (staff choose one only for a new event).
 */
export async function handleEventForm(request: Request, actor: Actor, eventId: number | null) {
	const form = await request.formData();
	const intent = String(form.get('intent') ?? 'draft');
	// Only a new event's form has a key; it goes back with every answer so the page keeps it.
	const formKey = eventId === null ? String(form.get('nyckel') ?? '') : '';
	const keep = formKey ? { formKey } : {};
	const values = readEventForm(form);
	const organisationId = form.has('organisationId') ? String(form.get('organisationId') ?? '') : undefined;
	const typed = { ...values, ...(organisationId !== undefined ? { organisationId } : {}) };
	if (intent === 'addBreak') return { values: { ...values, breaks: [...values.breaks, { from: '', to: '', label: '' }] }, organisationId, errors: {}, preview: null, focus: `f-break-${values.breaks.length}-from`, ...keep };
	// Without JavaScript "Räkna LIX" posts the form: the same values come back with the easy-read text's figure.
	if (intent === 'checkEasyRead') return { values, organisationId, errors: {}, preview: null, focus: 'f-easyRead', ...keep };
	if (intent === 'preview') {
		const { preview, errors } = previewDates(values, eventId, actor.kind === 'organiser' ? actor.organisationId : null);
		if (!preview) return fail(400, { values, organisationId, errors, preview: null, ...keep });
		return { values, organisationId, errors: {}, preview, ...keep };
	}
	const staff = actor.kind === 'staff';
	const { value, failure } = await runForm(
		saveEvent,
		actor,
		{ eventId, organisationId: organisationId === undefined ? null : Number(organisationId) || 0, intent: intent === 'submit' ? 'submit' : 'draft', formKey, values },
		{ values: typed }
	);
	if (failure) return formKey ? fail(failure.status, { ...failure.data, formKey }) : failure;
	const flash = value.unchanged ? 'oforandrad' : value.published ? 'publicerad' : value.submitted ? 'skickad' : 'sparad';
	const affected = value.affectedPeople ? `&berorda=${value.affectedPeople}` : '';
	redirect(303, `${staff ? '/personal' : '/forening'}/aktiviteter/${value.eventId}?${flash}${affected}`);
}

/** The edit form's values (scope null = staff), or 404. */
export function loadEventFormValues(scope: number | null, eventId: number) {
	const loaded = eventFormValues(getDb(), scope, eventId, todayInStockholm());
	if (!loaded) error(404, 'Aktiviteten finns inte.');
	// The moderator's word on the newest version (changes asked for, or a rejection) stays beside the form.
	const last = loaded.own.decisions[0];
	const moderatorNote =
		last && last.revisionId === loaded.own.revision.id && last.decision !== 'approve' && last.message
			? { decision: last.decision, reasonCode: last.reasonCode, message: last.message, decidedAt: last.decidedAt.getTime() }
			: null;
	return { title: loaded.title, eventId: loaded.eventId, organisationId: loaded.organisationId, values: loaded.values, moderatorNote };
}

/**
 * A new event's form: "Kopiera aktivitet" (`?kopia=ID`, scope null = staff) starts from that
 * event's content with dates that are over left empty; a template (`?mall=`) fills in its kind of
 * activity. The contact details come from the organisation's profile unless the copy has its own.
 */
export function newEventValues(scope: number | null, organisationId: number | null, url: URL) {
	const db = getDb();
	const today = todayInStockholm();
	const copyId = Number(url.searchParams.get('kopia'));
	if (url.searchParams.has('kopia')) {
		const loaded = Number.isInteger(copyId) && copyId > 0 ? eventFormValues(db, scope, copyId, today) : null;
		if (!loaded) error(404, 'Aktiviteten finns inte.');
		const v = loaded.values;
		const values: EventFormValues = { ...v, startDate: v.startDate >= today ? v.startDate : '', until: v.until && v.until >= today ? v.until : '' };
		return { values, copyOf: loaded.title, organisationId: loaded.organisationId };
	}
	const template = EVENT_TEMPLATES[url.searchParams.get('mall') ?? ''];
	const org = organisationId === null ? null : getOrganisation(db, organisationId);
	const contact = org ? { contactName: org.contactName ?? '', contactPhone: org.phone ?? '', contactEmail: org.email ?? '' } : {};
	return { values: { ...EMPTY_EVENT_VALUES, ...contact, ...(template?.values ?? {}) } as EventFormValues, copyOf: null, organisationId };
}

const FORM_KEY = /^[A-Za-z0-9_-]{16,100}$/;
/** How long a new event's form keeps leading to the event it made; a form bookmarked for later starts afresh. */
const FORM_KEY_HOURS = 12;

/**
 * A new event's form key lives in the address (`?nyckel=`), so Back brings the same key with the
 * restored fields (a hidden field alone is not restored): sending again then saves into the event
 * the first send made instead of making a second. `made` is that event, for the page to say so.
 */
export function newEventFormKey(url: URL, scope: number | null, method = 'GET') {
	const key = url.searchParams.get('nyckel') ?? '';
	// A form answered after a post (an error, a preview) keeps the address it was posted to and the key it sent.
	if (method !== 'GET') return { formKey: FORM_KEY.test(key) ? key : generateToken(), made: null };
	const own = FORM_KEY.test(key) ? eventMadeByFormKey(getDb(), key, scope) : null;
	if (!FORM_KEY.test(key) || (own && own.event.createdAt.getTime() < Date.now() - FORM_KEY_HOURS * 3_600_000)) {
		const next = new URL(url);
		next.searchParams.set('nyckel', generateToken());
		redirect(303, `${next.pathname}${next.search}`);
	}
	return { formKey: key, made: own ? { id: own.event.id, title: own.revision.title } : null };
}
