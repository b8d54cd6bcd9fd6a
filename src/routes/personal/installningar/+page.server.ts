import { eq } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/auth/guards';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'moderator', 'admin');
	const row = getDb().select({ digest: users.notifyDigest }).from(users).where(eq(users.id, user.id)).get();
	return { digest: Boolean(row?.digest) };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const digest = (await event.request.formData()).get('notify') === 'digest';
		getDb().update(users).set({ notifyDigest: digest }).where(eq(users.id, user.id)).run();
		return { saved: true };
	}
};
