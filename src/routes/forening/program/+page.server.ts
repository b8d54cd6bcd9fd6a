import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireOrganisation } from '$lib/server/organisation-context';
import { termProgramme } from '$lib/server/db/queries/term-programme';
import { swedishHoliday } from '$lib/server/holidays';
import { todayInStockholm } from '$lib/domain/dates';
import { termAfter, termById, termOf } from '$lib/domain/terms';

/** The organisation's printable term programme (`?termin=vt2027`; this term by default). */
export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	const today = todayInStockholm();
	const current = termOf(today);
	const term = termById(event.url.searchParams.get('termin') ?? '') ?? current;
	const choices = [current, termAfter(current), termAfter(termAfter(current))];
	if (!choices.some((t) => t.id === term.id)) choices.unshift(term);
	return {
		term,
		choices,
		entries: termProgramme(getDb(), organisation.id, term.from, term.to, swedishHoliday),
		organisationName: organisation.name,
		today
	};
};
