import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { auditActionKinds, auditEventOptions, auditPeopleOptions, listAudit } from '$lib/server/db/queries/audit-list';
import { requireRole } from '$lib/server/auth/guards';
import { auditFilters } from '$lib/server/audit-filters';

export const load: PageServerLoad = (event) => {
	const me = requireRole(event, 'moderator', 'admin');
	const { values, query, errors, typed } = auditFilters(event.url);
	const db = getDb();
	return {
		values,
		errors,
		typed,
		rows: listAudit(db, { ...query, limit: 300 }),
		kinds: auditActionKinds(db),
		people: auditPeopleOptions(db),
		events: auditEventOptions(db),
		// Only admins open an account's page; moderators find the person in the list of users.
		isAdmin: me.role === 'admin',
		search: event.url.search
	};
};
