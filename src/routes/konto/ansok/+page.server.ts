import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions } from './$types';
import { getDb } from '$lib/server/db';
import { createAccountRequest } from '$lib/server/db/queries/account-requests';
import { sendMail } from '$lib/server/mail';
import { mails } from '$lib/server/mail/templates';
import { hitRateLimit } from '$lib/server/commands/ops';
import { accountRequestSchema, firstErrors, formValues } from '$lib/domain/schemas';

const FIELDS = ['organisationName', 'contactName', 'email', 'phone', 'message'];

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const values = formValues(await request.formData(), FIELDS);
		const parsed = accountRequestSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: firstErrors(z.flattenError(parsed.error).fieldErrors) });
		const db = getDb();
		if (hitRateLimit(db, `apply:ip:${getClientAddress()}`, 3_600_000) > 5) return fail(429, { values, errors: { form: 'För många ansökningar från samma dator. Försök igen om en timme.' } });
		createAccountRequest(db, parsed.data);
		await sendMail(db, {
			to: process.env.STAFF_INBOX ?? 'traffpunkt@karlskoga.invalid',
			...mails.accountRequest({ organisation: parsed.data.organisationName, contact: parsed.data.contactName, email: parsed.data.email })
		});
		// A receipt, so that the applicant knows it arrived and what happens next.
		await sendMail(db, { to: parsed.data.email, ...mails.accountRequestReceipt({ organisation: parsed.data.organisationName, contact: parsed.data.contactName }) });
		return { sent: true };
	}
};
