import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from './db';
import { activeOrganisationOptions, categoryOptions, eventTitles, getSource, importedEvents, knownVenues, listSources, venueNames } from './db/queries/calendar-sources';
import { getOrganisation } from './db/queries/organisations';
import { publishesDirectly } from '../domain/moderation';
import { previewRow, sourceFormInput } from './calendar-import-form';
import { runForm } from './commands/form';
import { zodErrors } from './commands/runner';
import { addSource, changeSourceStatus, sourceFormSchema } from './commands/calendar-import';
import { previewSource, runSourceSync } from './import/sync';
import type { Actor } from './commands/actor';

/** Who is on a calendar page and where its links go: the organiser area or the staff area. */
export type CalendarContext = { actor: Actor; scope: number | null; organisationId: number; staff: boolean; base: string };

const PREVIEW_ROWS = 60;

export type PreviewData = { rows: ReturnType<typeof previewRow>[]; taken: number; skipped: number; more: number };
/** What the add form gets back: what was typed, messages (fetch failures as codes), the preview. */
export type SourceFormResult = { values?: Record<string, string>; errors?: Record<string, string>; preview?: PreviewData } | null | undefined;
export type SourceStatusResult = { fetched?: boolean; unchanged?: boolean } | null | undefined;

export function loadSourceList(c: CalendarContext) {
	const sources = listSources(getDb(), c.scope).map(({ source: s, organisation }) => ({
		id: s.id, name: s.name, organisation, status: s.status, lastFetchedAt: s.lastFetchedAt?.getTime() ?? null, lastErrorCode: s.lastErrorCode, lastCounts: s.lastCounts
	}));
	return { sources, staff: c.staff, base: c.base };
}

export function loadSourceForm(c: CalendarContext) {
	const db = getDb();
	const org = getOrganisation(db, c.organisationId);
	return {
		staff: c.staff,
		base: c.base,
		organisationId: c.organisationId,
		direct: org ? publishesDirectly(org) : false,
		organisations: c.staff ? activeOrganisationOptions(db) : [],
		venues: knownVenues(db, c.organisationId).map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
		categories: categoryOptions(db)
	};
}

/** The preview step: fetch and plan, write nothing. */
export async function previewAction(c: CalendarContext, form: FormData) {
	const { values, input } = sourceFormInput(form, c.organisationId);
	const parsed = sourceFormSchema.safeParse(input);
	if (!parsed.success) return fail(400, { action: 'preview', values, errors: zodErrors(parsed.error) });
	const orgId = c.staff ? (parsed.data.organisationId ?? c.organisationId) : c.organisationId;
	const plan = await previewSource(getDb(), orgId, parsed.data.url, parsed.data);
	if (!plan.ok) return fail(400, { action: 'preview', values, errors: { url: plan.code } });
	const rows = plan.items.map(previewRow);
	const taken = rows.filter((r) => !r.skip);
	const skipped = rows.filter((r) => r.skip);
	// Dates to import first, then the skipped ones with their reasons; a long list is cut with a count.
	const shown = [...taken, ...skipped].slice(0, PREVIEW_ROWS);
	return { action: 'preview', values, preview: { rows: shown, taken: taken.length, skipped: skipped.length, more: rows.length - shown.length } };
}

export async function addAction(c: CalendarContext, form: FormData) {
	const { values, input } = sourceFormInput(form, c.organisationId);
	const { value, failure } = await runForm(addSource, c.actor, input, { values, action: 'add' });
	if (failure) return failure;
	await runSourceSync(getDb(), c.actor, value.sourceId);
	redirect(303, `${c.base}/${value.sourceId}`);
}

export function loadSourceStatus(c: CalendarContext, id: number) {
	const db = getDb();
	const source = getSource(db, c.scope, id);
	if (!source) error(404, 'Kalendern finns inte.');
	const items = importedEvents(db, source.id, new Date());
	const titles = eventTitles(db, items.map((i) => i.eventId));
	const venues = venueNames(db);
	return {
		base: c.base,
		eventBase: c.staff && c.base.startsWith('/personal') ? '/personal/aktiviteter' : '/forening/aktiviteter',
		source: {
			id: source.id, name: source.name, url: source.url, status: source.status, organisation: getOrganisation(db, source.organisationId)?.name ?? '',
			defaultVenue: source.defaultVenueId ? (venues.get(source.defaultVenueId) ?? null) : null,
			lastFetchedAt: source.lastFetchedAt?.getTime() ?? null, lastSuccessAt: source.lastSuccessAt?.getTime() ?? null,
			lastCounts: source.lastCounts, lastErrorCode: source.lastErrorCode, consecutiveFailures: source.consecutiveFailures
		},
		items: items
			.map((i) => ({ id: i.id, eventId: i.eventId, title: titles.get(i.eventId) ?? '', vanished: Boolean(i.vanishedAt), eventStatus: i.eventStatus, next: i.next ? { startsAt: i.next.startsAt.getTime(), cancelled: i.next.cancelled } : null }))
			.filter((i) => i.next || i.eventStatus === 'draft')
			.sort((a, b) => (a.next?.startsAt ?? 0) - (b.next?.startsAt ?? 0))
			.slice(0, 100)
	};
}

/** "Hämta nu". */
export async function fetchAction(c: CalendarContext, id: number) {
	const outcome = await runSourceSync(getDb(), c.actor, id);
	if (!outcome) error(404, 'Kalendern finns inte.');
	if (!outcome.ok) error(outcome.refused?.status ?? 400, outcome.refused?.message ?? 'Det gick inte att hämta kalendern.');
	return { action: 'fetch', done: true, fetched: outcome.value.ok, unchanged: outcome.value.ok ? outcome.value.unchanged : false };
}

export async function statusAction(c: CalendarContext, id: number, action: 'pause' | 'resume' | 'remove') {
	const { failure } = await runForm(changeSourceStatus, c.actor, { sourceId: id, action }, { values: {}, action });
	if (failure) return failure;
	if (action === 'remove') redirect(303, `${c.base}?borttagen=1`);
	return { action, done: true };
}
