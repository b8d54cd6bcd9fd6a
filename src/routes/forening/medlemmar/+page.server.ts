import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listMembersWithInvitations } from '$lib/server/db/queries/organisations';
import { requireOrganisation } from '$lib/server/organisation-context';
import { organiserActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { inviteToOwnOrganisation, removeOwnMember, resendOwnInvitation, withdrawOwnInvitation } from '$lib/server/commands/members';
import { instantToZoned } from '$lib/domain/dates';

const day = (ms: number | null) => (ms ? instantToZoned(new Date(ms)).date : null);

export const load: PageServerLoad = (event) => {
	const { user, organisation } = requireOrganisation(event);
	const members = listMembersWithInvitations(getDb(), organisation.id).map((m) => ({
		...m,
		self: m.id === user.id,
		validUntil: day(m.expiresAt),
		openedOn: day(m.openedAt),
		acceptedOn: day(m.acceptedAt)
	}));
	return { members };
};

const read = async (request: Request, keys: string[]) => {
	const form = await request.formData();
	return Object.fromEntries(keys.map((k) => [k, String(form.get(k) ?? '')]));
};

export const actions: Actions = {
	invite: async (event) => {
		const values = await read(event.request, ['name', 'email']);
		const { value, failure } = await runForm(inviteToOwnOrganisation, organiserActor(event), values, { values, action: 'invite' });
		return failure ?? { action: 'invite', email: value.email, already: value.already };
	},
	resend: async (event) => {
		const values = await read(event.request, ['userId', 'current']);
		const { value, failure } = await runForm(resendOwnInvitation, organiserActor(event), values, { values, action: 'resend' });
		return failure ?? { action: 'resend', email: value.email, already: value.already, gone: value.gone };
	},
	withdraw: async (event) => {
		const values = await read(event.request, ['userId']);
		const { value, failure } = await runForm(withdrawOwnInvitation, organiserActor(event), values, { values, action: 'withdraw' });
		return failure ?? { action: 'withdraw', name: value.name, gone: !value.changed };
	},
	remove: async (event) => {
		const values = await read(event.request, ['userId', 'confirm']);
		const input = { userId: values.userId, confirm: values.confirm === 'ja' };
		const { value, failure } = await runForm(removeOwnMember, organiserActor(event), input, { values, action: 'remove' });
		if (failure) return failure;
		// Without the organisation the page is no longer theirs: the start page picks what is left.
		if (value.self) redirect(303, '/forening?borttagen=1');
		return { action: 'remove', name: value.name, gone: !value.changed };
	}
};
