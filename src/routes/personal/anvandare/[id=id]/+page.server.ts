import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { getDb } from '$lib/server/db';
import { getUser } from '$lib/server/db/queries/users';
import { hasPendingInvitation } from '$lib/server/db/queries/accounts';
import { requireRole } from '$lib/server/auth/guards';
import { reissueInvitation, resetTwoFactor } from '$lib/server/commands/accounts';
import { sendMail } from '$lib/server/mail';
import { mails } from '$lib/server/mail/templates';
import { linkOrigin } from '$lib/server/config';
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
		const me = requireRole(event, 'admin');
		const u = target(event);
		const t = userAdmin[event.locals.locale];
		const db = getDb();
		const issued = reissueInvitation(db, me.id, u.id);
		if (!issued) return fail(400, { action: 'resendInvite', error: t.resendNotNeeded });
		const organisation = db.$client
			.prepare('SELECT o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = ? ORDER BY o.name LIMIT 1')
			.get(u.id) as { name: string } | undefined;
		await sendMail(db, { to: issued.email, ...mails.invitation({ name: issued.name, organisation: organisation?.name ?? 'Karlskoga kommun', link: `${linkOrigin(event.url)}/konto/losenord/${issued.token}` }) });
		return { action: 'resendInvite', done: t.resent(issued.email) };
	},
	resetTotp: async (event) => {
		const me = requireRole(event, 'admin');
		const u = target(event);
		const t = userAdmin[event.locals.locale];
		const form = await event.request.formData();
		if (form.get('confirm') !== 'ja') return fail(400, { action: 'resetTotp', error: t.totpConfirmMissing });
		resetTwoFactor(getDb(), me.id, u.id);
		return { action: 'resetTotp', done: t.totpWasReset };
	}
};
