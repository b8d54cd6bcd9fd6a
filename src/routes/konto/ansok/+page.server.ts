import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';
import { RateLimiter } from '$lib/server/auth/rate-limit';
import { formValues } from '$lib/domain/schemas';
import { residentActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { requestAccount } from '$lib/server/commands/public';

const FIELDS = ['organisationName', 'contactName', 'email', 'phone', 'message'];
const limiter = new RateLimiter(5, 60 * 60_000);

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const values = formValues(await request.formData(), FIELDS);
		if (limiter.hit(getClientAddress()) > 5) return fail(429, { values, errors: { form: 'För många ansökningar från samma dator. Försök igen om en timme.' } });
		const { failure } = await runForm(requestAccount, residentActor, values, { values });
		return failure ?? { sent: true };
	}
};
