import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listOrganisations } from '$lib/server/db/queries/organisations';
import { listAccountRequests } from '$lib/server/db/queries/account-requests';
import { requireRole } from '$lib/server/auth/guards';
import { staffActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import {
	approveAccountRequest,
	createOrganisation,
	declineAccountRequest,
	inviteMember,
	setOrganisationActive,
	setOrganisationTrust
} from '$lib/server/commands/organisations';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const db = getDb();
	return { organisations: listOrganisations(db), requests: listAccountRequests(db).filter((r) => r.status === 'new') };
};

const read = async (request: Request, keys: string[]) => {
	const form = await request.formData();
	return Object.fromEntries(keys.map((k) => [k, String(form.get(k) ?? '')]));
};

export const actions: Actions = {
	create: async (event) => {
		const values = await read(event.request, ['name', 'kind']);
		const { failure } = await runForm(createOrganisation, staffActor(event), values, { values, action: 'create' });
		return failure ?? { created: values.name.trim() };
	},
	active: async (event) => {
		const values = await read(event.request, ['organisationId', 'active']);
		const { failure } = await runForm(setOrganisationActive, staffActor(event), { organisationId: Number(values.organisationId) || 0, active: values.active === '1' }, { values, action: 'active' });
		return failure ?? { activeChanged: true };
	},
	invite: async (event) => {
		const values = await read(event.request, ['organisationId', 'name', 'email']);
		const { failure } = await runForm(inviteMember, staffActor(event), values, { values, action: 'invite' });
		return failure ?? { invited: values.email.trim().toLowerCase() };
	},
	trust: async (event) => {
		const values = await read(event.request, ['organisationId', 'trusted']);
		const { failure } = await runForm(setOrganisationTrust, staffActor(event), { organisationId: Number(values.organisationId) || 0, trusted: values.trusted === '1' }, { values, action: 'trust' });
		return failure ?? { trusted: true };
	},
	approveRequest: async (event) => {
		const values = await read(event.request, ['requestId']);
		const { value, failure } = await runForm(approveAccountRequest, staffActor(event), { requestId: Number(values.requestId) || 0 }, { values, action: 'approveRequest' });
		return failure ?? { approved: value.organisation };
	},
	declineRequest: async (event) => {
		const values = await read(event.request, ['requestId']);
		const { failure } = await runForm(declineAccountRequest, staffActor(event), { requestId: Number(values.requestId) || 0 }, { values, action: 'declineRequest' });
		return failure ?? { declined: true };
	}
};
