import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { countUsers, listUsers } from '$lib/server/db/queries/admin';
import { listOrganisations } from '$lib/server/db/queries/organisations';
import { userFilters } from '$lib/domain/staff-filters';
import { requireRole } from '$lib/server/auth/guards';
import { adminActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { updateUser } from '$lib/server/commands/admin';

export const load: PageServerLoad = (event) => {
	const me = requireRole(event, 'moderator', 'admin');
	const db = getDb();
	const filters = userFilters(event.url.searchParams);
	return {
		filters,
		users: listUsers(db, filters),
		total: countUsers(db),
		organisations: listOrganisations(db).map((o) => ({ id: o.id, name: o.name })),
		canEdit: me.role === 'admin',
		me: me.id
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = adminActor(event);
		const form = await event.request.formData();
		const values = { id: String(form.get('id') ?? ''), role: String(form.get('role') ?? ''), disabled: String(form.get('disabled') ?? '0') };
		const input = { userId: Number(values.id), role: values.role, disabled: values.disabled === '1' };
		const { failure } = await runForm(updateUser, actor, input, { values });
		return failure ?? { savedId: Number(values.id) };
	}
};
