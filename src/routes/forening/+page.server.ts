import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listOrganisationEvents } from '$lib/server/db/queries/organiser';
import { organisationsOfUser } from '$lib/server/db/queries/users';
import { requireRole } from '$lib/server/auth/guards';
import { EVENT_TEMPLATES } from '$lib/domain/event-templates';

export const load: PageServerLoad = async ({ parent }) => {
	const { organisation } = await parent();
	return {
		events: organisation ? listOrganisationEvents(getDb(), organisation.id) : [],
		templates: Object.entries(EVENT_TEMPLATES).map(([slug, t]) => ({ slug, name: t.name }))
	};
};

export const actions: Actions = {
	byt: async (event) => {
		const user = requireRole(event, 'organiser', 'moderator', 'admin');
		const id = Number((await event.request.formData()).get('forening'));
		if (organisationsOfUser(getDb(), user.id).some((o) => o.id === id))
			event.cookies.set('forening', String(id), { path: '/', httpOnly: true, sameSite: 'lax', secure: event.url.protocol === 'https:' });
		redirect(303, '/forening');
	}
};
