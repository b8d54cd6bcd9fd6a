import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { getDb } from '$lib/server/db';
import { getUser } from '$lib/server/db/queries/users';
import { hasPendingInvitation } from '$lib/server/db/queries/accounts';
import { requireRole } from '$lib/server/auth/guards';
import { adminActor } from '$lib/server/commands/actor';
import { execute } from '$lib/server/commands/runner';
import { resendInvitation, resetUserTwoFactor } from '$lib/server/commands/admin';
import { userAdmin } from '$lib/i18n/messages/user-admin';

/** Admins only: the person's account, a new invitation, and turning two-factor off. */
function target(event: Pick<RequestEvent, 'params'>) {
	const user = getUser(getDb(), Number(event.params.id));
	if (!user) error(404, 'Användaren finns inte.');
	return user;
}

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const u = target(event);
	return {
		person: { id: u.id, name: u.name, email: u.email, role: u.role, disabled: u.disabled, totpEnabled: u.totpEnabled, hasPassword: Boolean(u.passwordHash) },
		invitationPending: hasPendingInvitation(getDb(), u.id)
	};
};

export const actions: Actions = {
	resendInvite: async (event) => {
		const actor = adminActor(event);
		const u = target(event);
		const t = userAdmin[event.locals.locale];
		const outcome = await execute(resendInvitation, actor, { userId: u.id });
		if (!outcome.ok) return fail(400, { action: 'resendInvite', error: t.resendNotNeeded });
		return { action: 'resendInvite', done: t.resent(outcome.value.email) };
	},
	resetTotp: async (event) => {
		const actor = adminActor(event);
		const u = target(event);
		const t = userAdmin[event.locals.locale];
		const form = await event.request.formData();
		const outcome = await execute(resetUserTwoFactor, actor, { userId: u.id, confirm: form.get('confirm') === 'ja' });
		if (!outcome.ok) return fail(400, { action: 'resetTotp', error: t.totpConfirmMissing });
		return { action: 'resetTotp', done: t.totpWasReset };
	}
};
