import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions } from './$types';
import { getDb } from '$lib/server/db';
import { createUserToken, findUserByEmail } from '$lib/server/db/queries/users';
import { sendMail } from '$lib/server/mail';
import { mails } from '$lib/server/mail/templates';
import { RateLimiter } from '$lib/server/auth/rate-limit';
import { firstErrors, forgotSchema } from '$lib/domain/schemas';

const limiter = new RateLimiter(5, 60 * 60_000);

export const actions: Actions = {
	default: async ({ request, url, getClientAddress }) => {
		const form = await request.formData();
		const values = { email: String(form.get('email') ?? '') };
		const parsed = forgotSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: firstErrors(z.flattenError(parsed.error).fieldErrors) });
		const db = getDb();
		// Same answer whether or not the address exists; quietly capped per address and client.
		if (limiter.hit(parsed.data.email) <= 3 && limiter.hit(getClientAddress()) <= 5) {
			const user = findUserByEmail(db, parsed.data.email);
			if (user && !user.disabled) {
				const token = createUserToken(db, user.id, 'reset', 60 * 60_000);
				await sendMail(db, { to: user.email, ...mails.passwordReset({ name: user.name, link: `${url.origin}/konto/losenord/${token}` }) });
			}
		}
		return { sent: true };
	}
};

