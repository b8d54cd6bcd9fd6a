import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { wantsDigest } from '$lib/server/db/queries/users';
import { requireRole } from '$lib/server/auth/guards';
import { staffActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { setNotificationPreference } from '$lib/server/commands/admin';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'moderator', 'admin');
	return { digest: wantsDigest(getDb(), user.id), isAdmin: user.role === 'admin' };
};

export const actions: Actions = {
	default: async (event) => {
		const values = { notify: String((await event.request.formData()).get('notify') ?? '') };
		const { failure } = await runForm(setNotificationPreference, staffActor(event), { digest: values.notify === 'digest' }, { values });
		return failure ?? { saved: true };
	}
};
