import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions } from './$types';
import { getDb } from '$lib/server/db';
import { findUserByEmail } from '$lib/server/db/queries/users';
import { createUserToken } from '$lib/server/commands/accounts';
import { sendMail } from '$lib/server/mail';
import { mails } from '$lib/server/mail/templates';
import { hitRateLimit } from '$lib/server/commands/ops';
import { linkOrigin } from '$lib/server/config';
import { accountRef } from '$lib/server/log';
import { firstErrors, forgotSchema } from '$lib/domain/schemas';

const HOUR = 3_600_000;

export const actions: Actions = {
	default: async ({ request, url, getClientAddress }) => {
		const form = await request.formData();
		const values = { email: String(form.get('email') ?? '') };
		const parsed = forgotSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: firstErrors(z.flattenError(parsed.error).fieldErrors) });
		const db = getDb();
		// Same answer whether or not the address exists; quietly capped per address and client.
		if (hitRateLimit(db, `forgot:acct:${accountRef(parsed.data.email)}`, HOUR) <= 3 && hitRateLimit(db, `forgot:ip:${getClientAddress()}`, HOUR) <= 5) {
			const user = findUserByEmail(db, parsed.data.email);
			if (user && !user.disabled) {
				const token = createUserToken(db, user.id, 'reset', 60 * 60_000);
				await sendMail(db, { to: user.email, ...mails.passwordReset({ name: user.name, link: `${linkOrigin(url)}/konto/losenord/${token}` }) });
			}
		}
		return { sent: true };
	}
};

