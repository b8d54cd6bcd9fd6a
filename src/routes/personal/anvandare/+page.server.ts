import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listUsers, updateUser } from '$lib/server/db/queries/admin';
import { requireRole } from '$lib/server/auth/guards';

export const load: PageServerLoad = (event) => {
	const me = requireRole(event, 'moderator', 'admin');
	return { users: listUsers(getDb()), canEdit: me.role === 'admin', me: me.id };
};

const schema = z.object({ id: z.coerce.number().int().positive(), role: z.enum(['organiser', 'moderator', 'admin'], { error: 'Välj roll.' }), disabled: z.enum(['0', '1']) });

/** Only admins change roles or disable accounts; nobody can lock themselves out. */
export const actions: Actions = {
	default: async (event) => {
		const me = requireRole(event, 'admin');
		const form = await event.request.formData();
		const parsed = schema.safeParse({ id: form.get('id'), role: form.get('role'), disabled: form.get('disabled') ?? '0' });
		if (!parsed.success) return fail(400, { id: Number(form.get('id')), error: parsed.error.issues[0].message });
		if (parsed.data.id === me.id && (parsed.data.role !== 'admin' || parsed.data.disabled === '1'))
			return fail(400, { id: parsed.data.id, error: 'Du kan inte ta bort din egen administratörsroll eller stänga av dig själv.' });
		if (!updateUser(getDb(), me.id, parsed.data.id, parsed.data.role, parsed.data.disabled === '1')) return fail(404, { id: parsed.data.id, error: 'Användaren finns inte.' });
		return { savedId: parsed.data.id };
	}
};
