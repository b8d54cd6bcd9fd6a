import { error, redirect } from '@sveltejs/kit';
import { getDb } from './db';
import { getOwnEvent } from './db/queries/organiser';
import { closedDaysOfVenue } from './db/queries/occurrences';
import { generateToken } from './auth/session';
import { swedishHoliday } from './holidays';
import { explainSchedule } from '../domain/recurrence';
import { isValidDate, todayInStockholm } from '../domain/dates';
import { scheduleForTerm, termAfter, termById, termOfSeries, type Term } from '../domain/terms';
import type { Actor } from './commands/actor';
import { runForm } from './commands/form';
import { copySeriesToTerm } from './commands/terms';

/** The range asked for in the URL (`termin=vt2027`, or `fran`/`till` for one's own dates), else the next term. */
function chosenRange(url: URL, next: Term) {
	const term = termById(url.searchParams.get('termin') ?? '');
	if (term) return { choice: term.id, from: term.from, to: term.to, errors: {} };
	if (url.searchParams.get('termin') === 'egen') {
		const from = url.searchParams.get('fran') ?? '', to = url.searchParams.get('till') ?? '';
		const errors: Record<string, string> = {};
		if (!isValidDate(from)) errors.fran = 'Skriv första dagen som år-månad-dag, till exempel 2027-01-11.';
		if (!isValidDate(to)) errors.till = 'Skriv sista dagen som år-månad-dag, till exempel 2027-06-12.';
		else if (!errors.fran && to < from) errors.till = 'Sista dagen behöver vara efter den första.';
		if (!Object.keys(errors).length) return { choice: 'egen', from, to, errors };
		return { choice: 'egen', from: next.from, to: next.to, typed: { from, to }, errors };
	}
	return { choice: next.id, from: next.from, to: next.to, errors: {} };
}

/** What "Ny termin" would make of a series: the terms to choose, the new dates and every break adjusted. */
export function loadTermCopy(scope: number | null, eventId: number, url: URL) {
	const db = getDb();
	const own = getOwnEvent(db, scope, eventId);
	if (!own) error(404, 'Aktiviteten finns inte.');
	const source = own.revision.schedule;
	if (source.kind === 'once') error(409, 'En aktivitet som är en gång kan kopieras men inte flyttas till en ny termin.');
	const today = todayInStockholm();
	let next = termAfter(termOfSeries(source, today));
	while (next.to < today) next = termAfter(next);
	const terms = [next, termAfter(next)];
	const range = chosenRange(url, next);
	const copy = scheduleForTerm(source, range);
	const closed = closedDaysOfVenue(db, own.revision.venueId ?? null, range.from, range.to);
	const { held, skipped } = explainSchedule(copy.schedule, range.from, range.to, swedishHoliday);
	return {
		source: { id: own.event.id, title: own.revision.title, from: source.startDate, until: source.until ?? null },
		terms: terms.map((t) => ({ id: t.id, season: t.season, year: t.year, from: t.from, to: t.to })),
		range,
		breaks: copy.breaks,
		droppedExceptions: copy.droppedExceptions,
		dates: held.filter((d) => !closed.has(d)),
		skipped: [...skipped.map((s) => ({ localDate: s.localDate, reason: s.reason, label: s.label })), ...held.filter((d) => closed.has(d)).map((d) => ({ localDate: d, reason: 'closed' as const, label: closed.get(d) ?? null }))].sort((a, b) => a.localDate.localeCompare(b.localDate)),
		formKey: generateToken()
	};
}

/** The "Ny termin" post: one command, then the new series' page. */
export async function handleTermCopy(request: Request, actor: Actor, eventId: number, base: string) {
	const form = await request.formData();
	const input = { eventId, from: String(form.get('from') ?? ''), to: String(form.get('to') ?? ''), formKey: String(form.get('nyckel') ?? '') };
	const { value, failure } = await runForm(copySeriesToTerm, actor, input, { values: input });
	if (failure) return failure;
	redirect(303, `${base}/aktiviteter/${value.eventId}?${value.published ? 'publicerad' : 'skickad'}&ny-termin`);
}
