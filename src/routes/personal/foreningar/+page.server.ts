import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { createOrganisation, listOrganisations, setOrganisationActive, setOrganisationTrust } from '$lib/server/db/queries/organisations';
import { listAccountRequests, setAccountRequestStatus } from '$lib/server/db/queries/account-requests';
import { requireRole } from '$lib/server/auth/guards';
import { inviteMember } from '$lib/server/invitations';
import { firstErrors } from '$lib/domain/schemas';
import { invalidateCache } from '$lib/server/cache';
import { logAudit } from '$lib/server/db/queries/audit';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const db = getDb();
	return { organisations: listOrganisations(db), requests: listAccountRequests(db).filter((r) => r.status === 'new') };
};

const inviteSchema = z.object({
	organisationId: z.coerce.number().int().positive('Välj förening.'),
	name: z.string().trim().min(2, 'Skriv personens namn.').max(120, 'Namnet är för långt.'),
	email: z.string().trim().toLowerCase().email('Skriv en hel e-postadress, till exempel anna@exempel.se.')
});

const createSchema = z.object({
	name: z.string().trim().min(2, 'Skriv föreningens eller enhetens namn.').max(200, 'Namnet är för långt.'),
	kind: z.enum(['municipal', 'association', 'region', 'church', 'study_association', 'other'], { error: 'Välj typ.' })
});

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const form = await event.request.formData();
		const values = { name: String(form.get('name') ?? ''), kind: String(form.get('kind') ?? '') };
		const parsed = createSchema.safeParse(values);
		if (!parsed.success) return fail(400, { create: { values, errors: firstErrors(z.flattenError(parsed.error).fieldErrors) } });
		const db = getDb();
		const same = listOrganisations(db).find((o) => o.name.trim().toLowerCase() === parsed.data.name.toLowerCase());
		if (same) return fail(400, { create: { values, errors: { name: `${same.name} finns redan${same.active ? '' : ' (avaktiverad)'}. Bjud in medlemmar till den i stället.` } } });
		createOrganisation(db, user.id, parsed.data);
		return { created: parsed.data.name };
	},
	active: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const form = await event.request.formData();
		const id = z.coerce.number().int().positive().safeParse(form.get('organisationId'));
		if (!id.success || !setOrganisationActive(getDb(), user.id, id.data, form.get('active') === '1')) return fail(404, { activeError: 'Föreningen finns inte.' });
		return { activeChanged: true };
	},
	invite: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const form = await event.request.formData();
		const values = { organisationId: String(form.get('organisationId') ?? ''), name: String(form.get('name') ?? ''), email: String(form.get('email') ?? '') };
		const parsed = inviteSchema.safeParse(values);
		if (!parsed.success) return fail(400, { invite: { values, errors: firstErrors(z.flattenError(parsed.error).fieldErrors) } });
		const result = await inviteMember(user.id, parsed.data.organisationId, parsed.data, event.url.origin);
		if (!result.ok) return fail(400, { invite: { values, errors: { email: result.error } } });
		return { invited: parsed.data.email };
	},
	trust: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const form = await event.request.formData();
		const id = z.coerce.number().int().positive().safeParse(form.get('organisationId'));
		if (!id.success) return fail(400, { trustError: 'Välj förening.' });
		if (!setOrganisationTrust(getDb(), user.id, id.data, form.get('trusted') === '1')) return fail(404, { trustError: 'Föreningen finns inte.' });
		return { trusted: true };
	},
	approveRequest: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const form = await event.request.formData();
		const id = Number(form.get('requestId'));
		const db = getDb();
		const request = listAccountRequests(db).find((r) => r.id === id && r.status === 'new');
		if (!request) return fail(404, { requestError: 'Ansökan finns inte.' });
		const orgId = createOrganisation(db, user.id, { name: request.organisationName, kind: 'association', email: request.email });
		setAccountRequestStatus(db, id, 'approved');
		await inviteMember(user.id, orgId, { name: request.contactName, email: request.email }, event.url.origin);
		invalidateCache();
		return { approved: request.organisationName };
	},
	declineRequest: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const id = Number((await event.request.formData()).get('requestId'));
		const db = getDb();
		// Only a new request can be declined: an approved one must not silently turn into "declined".
		const request = listAccountRequests(db).find((r) => r.id === id && r.status === 'new');
		if (!request) return fail(404, { requestError: 'Ansökan finns inte.' });
		setAccountRequestStatus(db, id, 'declined');
		logAudit(db, { actorUserId: user.id, action: 'account_request.declined', entityType: 'account_request', entityId: id, summary: `Ansökan om konto för ${request.organisationName} avslagen` });
		return { declined: true };
	}
};
