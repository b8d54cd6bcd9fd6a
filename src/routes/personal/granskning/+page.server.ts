import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guards';
import { filterQuery, loadQueue, queueFilters } from '$lib/server/review-queue';
import { staffActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { decideRevisions } from '$lib/server/commands/moderation';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const filters = queueFilters(event.url);
	return { ...loadQueue(filters), filters, filterQuery: filterQuery(filters), done: event.url.searchParams.has('klar'), now: Date.now() };
};

export const actions: Actions = {
	bulk: async (event) => {
		const actor = staffActor(event);
		const form = await event.request.formData();
		const revisions = form.getAll('revision').map(String);
		const values = { decision: String(form.get('decision') ?? ''), reasonCode: String(form.get('reasonCode') ?? ''), message: String(form.get('message') ?? ''), revisions };
		const input = { revisionIds: revisions.map(Number), decision: values.decision || undefined, reasonCode: values.reasonCode || undefined, message: values.message };
		const { value, failure } = await runForm(decideRevisions, actor, input, { values, action: 'bulk' });
		return failure ?? { bulk: value };
	}
};
