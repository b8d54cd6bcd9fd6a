import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';
import { getDb } from '$lib/server/db';
import { hitRateLimit } from '$lib/server/commands/ops';
import { formValues } from '$lib/domain/schemas';
import { residentActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { requestAccount } from '$lib/server/commands/public';

const FIELDS = ['organisationName', 'contactName', 'email', 'phone', 'message'];

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const values = formValues(await request.formData(), FIELDS);
		if (hitRateLimit(getDb(), `apply:ip:${getClientAddress()}`, 3_600_000) > 5) return fail(429, { values, errors: { form: 'För många ansökningar från samma dator. Försök igen om en timme.' } });
		const { failure } = await runForm(requestAccount, residentActor, values, { values });
		return failure ?? { sent: true };
	}
};
