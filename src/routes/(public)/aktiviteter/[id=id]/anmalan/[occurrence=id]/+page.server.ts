import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { addSignup, signupTarget } from '$lib/server/db/queries/signups';
import { firstErrors, formValues, signupSchema } from '$lib/domain/schemas';
import { hitRateLimit } from '$lib/server/commands/ops';
import { linkOrigin } from '$lib/server/config';
import { mailSignupReceipt } from '$lib/server/signup-mail';
import { invalidateCache } from '$lib/server/cache';
import { signupRetentionDays } from '$lib/server/jobs';

// Generous per address: a meeting point's shared computer or a relative may sign up several people.
const HOUR = 3_600_000;
const FIELDS = ['name', 'phone', 'email', 'people', 'message'];

function openTarget(eventId: number, occurrenceId: number) {
	const target = signupTarget(getDb(), occurrenceId);
	if (!target || target.eventId !== eventId) error(404, 'Tillfället finns inte.');
	const deadline = target.startsAt - (target.deadlineHours ?? 0) * 3_600_000;
	return { target, open: target.signupOnline && !target.cancelled && Date.now() < deadline };
}

export const load: PageServerLoad = ({ params }) => {
	const { target, open } = openTarget(Number(params.id), Number(params.occurrence));
	return { target, open, retentionDays: signupRetentionDays() };
};

export const actions: Actions = {
	default: async ({ params, request, getClientAddress, url }) => {
		const values = formValues(await request.formData(), FIELDS);
		const parsed = signupSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: firstErrors(z.flattenError(parsed.error).fieldErrors) });
		const { target, open } = openTarget(Number(params.id), Number(params.occurrence));
		if (!open) return fail(400, { values, errors: { form: 'closed' } as Record<string, string> });
		const db = getDb();
		if (hitRateLimit(db, `signup:ip:${getClientAddress()}`, HOUR) > 30 || hitRateLimit(db, `signup:occurrence:${target.occurrenceId}`, HOUR) > 200)
			return fail(429, { values, errors: { form: 'tooMany' } as Record<string, string> });
		const d = parsed.data;
		const result = addSignup(db, target.occurrenceId, { name: d.name, phone: d.phone || null, email: d.email || null, people: Number(d.people), message: d.message || null });
		if (!result) error(404, 'Tillfället finns inte.');
		const cancelUrl = `${linkOrigin(url)}/anmalan/avboka/${result.token}`;
		if (d.email) await mailSignupReceipt(db, d.email, target, result.status, cancelUrl);
		invalidateCache();
		// "Only n places left and you are more" only when that is why (not when others already queue).
		const left = target.capacity === null ? 0 : Math.max(0, target.capacity - target.confirmedPeople);
		const placesLeft = target.waitingPeople === 0 && Number(d.people) > left ? left : null;
		return { status: result.status, cancelUrl, placesLeft };
	}
};
