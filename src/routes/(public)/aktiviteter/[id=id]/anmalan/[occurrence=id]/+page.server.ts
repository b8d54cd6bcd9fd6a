import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { laterDatesInTerm, signupTarget } from '$lib/server/db/queries/signups';
import { formValues } from '$lib/domain/schemas';
import { hitRateLimit } from '$lib/server/commands/ops';
import { generateToken } from '$lib/server/auth/session';
import { siteSettings } from '$lib/server/site-settings';
import { residentActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { signUp, signUpForTerm } from '$lib/server/commands/signups';

// Generous per address: a meeting point's shared computer or a relative may sign up several people.
const HOUR = 3_600_000;
const FIELDS = ['name', 'phone', 'email', 'people', 'message', 'omfattning'];
/** Receipt links carried to the first receipt of a term's sign-ups: one per later date. */
const MAX_LINKED = 60;

function openTarget(eventId: number, occurrenceId: number) {
	const target = signupTarget(getDb(), occurrenceId);
	if (!target || target.eventId !== eventId) error(404, 'Tillfället finns inte.');
	const deadline = target.startsAt - (target.deadlineHours ?? 0) * 3_600_000;
	return { target, open: target.signupOnline && !target.cancelled && Date.now() < deadline };
}

export const load: PageServerLoad = ({ params, setHeaders }) => {
	// The form carries a one-time key: never from a shared cache.
	setHeaders({ 'cache-control': 'no-store' });
	const { target, open } = openTarget(Number(params.id), Number(params.occurrence));
	// The same activity later in the term: offered as one sign-up for all of it (a course, a weekly group).
	const later = open ? laterDatesInTerm(getDb(), target).slice(0, MAX_LINKED) : [];
	return { target, open, later, retentionDays: siteSettings().retentionDays, formKey: generateToken() };
};

export const actions: Actions = {
	/** Post, then redirect to the receipt: a reload or a second click finds the same sign-up. */
	default: async ({ params, request, getClientAddress, locals }) => {
		const form = await request.formData();
		const values = formValues(form, FIELDS);
		const formKey = String(form.get('nyckel') ?? '');
		const db = getDb();
		if (hitRateLimit(db, `signup:ip:${getClientAddress()}`, HOUR) > 30 || hitRateLimit(db, `signup:occurrence:${params.occurrence}`, HOUR) > 200)
			return fail(429, { values, errors: { form: 'tooMany' } as Record<string, string>, formKey });
		const input = { eventId: Number(params.id), occurrenceId: Number(params.occurrence), formKey, locale: locals.locale, values };
		if (values.omfattning === 'terminen') {
			const term = await runForm(signUpForTerm, residentActor, input, { values });
			if (term.failure) return fail(term.failure.status, { ...term.failure.data, formKey });
			const tokens = term.value.dates.map((d) => d.token).filter((t): t is string => Boolean(t)).slice(0, MAX_LINKED + 1);
			if (!tokens.length) return { already: term.value.dates[0].status, mailedTo: null };
			const [first, ...others] = tokens;
			redirect(303, `/anmalan/kvitto/${first}?ny${others.length ? `&fler=${others.join('.')}` : ''}${term.value.closed ? `&stangda=${term.value.closed}` : ''}`);
		}
		const { value, failure } = await runForm(signUp, residentActor, input, { values });
		if (failure) return fail(failure.status, { ...failure.data, formKey });
		if (value.kind === 'already') return { already: value.status, mailedTo: value.mailedTo };
		redirect(303, `/anmalan/kvitto/${value.token}${value.kind === 'created' ? '?ny' : ''}`);
	}
};
