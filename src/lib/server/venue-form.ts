import { redirect } from '@sveltejs/kit';
import type { Actor } from './commands/actor';
import { runForm } from './commands/form';
import { saveVenue } from './commands/venues';

/** Every posted text field of the venue form (rows included: there is no fixed number of rows). */
function readVenueForm(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [k, v] of form.entries()) if (typeof v === 'string' && k !== 'intent') values[k] = v;
	return values;
}

/** Saves the venue form; "add a row" re-renders with one more empty row; mistakes keep everything typed. */
export async function handleVenueForm(request: Request, actor: Actor, venueId: number | null) {
	const form = await request.formData();
	const values = readVenueForm(form);
	const intent = String(form.get('intent') ?? '');
	if (intent === 'addOpening' || intent === 'addDeviation') {
		const prefix = intent === 'addOpening' ? 'oh' : 'dv';
		return { values: { ...values, [`${prefix}-extra`]: String((Number(values[`${prefix}-extra`]) || 0) + 1) }, errors: {}, focus: prefix };
	}
	const { value, failure } = await runForm(saveVenue, actor, { venueId, values }, { values });
	if (failure) return failure;
	redirect(303, `/personal/platser/${value.venueId}?${value.unchanged ? 'oforandrad' : 'sparad'}`);
}
