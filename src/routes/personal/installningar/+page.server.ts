import { eq } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/auth/guards';
import { staffActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { setNotificationPreference } from '$lib/server/commands/admin';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'moderator', 'admin');
	const row = getDb().select({ digest: users.notifyDigest }).from(users).where(eq(users.id, user.id)).get();
	return { digest: Boolean(row?.digest) };
};

export const actions: Actions = {
	default: async (event) => {
		const values = { notify: String((await event.request.formData()).get('notify') ?? '') };
		const { failure } = await runForm(setNotificationPreference, staffActor(event), { digest: values.notify === 'digest' }, { values });
		return failure ?? { saved: true };
	}
};
