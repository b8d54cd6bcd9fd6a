import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { activeOrganisationOptions, categoryOptions, knownVenues } from '$lib/server/db/queries/calendar-sources';
import { requireOrganisation } from '$lib/server/organisation-context';
import { calendarActor, previewRow, sourceFormInput } from '$lib/server/calendar-import-form';
import { runForm } from '$lib/server/commands/form';
import { zodErrors } from '$lib/server/commands/runner';
import { addSource, sourceFormSchema } from '$lib/server/commands/calendar-import';
import { previewSource, runSourceSync } from '$lib/server/import/sync';
import { getOrganisation } from '$lib/server/db/queries/organisations';
import { publishesDirectly } from '$lib/domain/moderation';
import { fail } from '@sveltejs/kit';

export const load: PageServerLoad = (event) => {
	const { staff, organisationId } = calendarActor(event, requireOrganisation(event));
	const db = getDb();
	const org = getOrganisation(db, organisationId);
	return {
		staff,
		organisationId,
		direct: org ? publishesDirectly(org) : false,
		organisations: staff ? activeOrganisationOptions(db) : [],
		venues: knownVenues(db, organisationId).map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
		categories: categoryOptions(db)
	};
};

const PREVIEW_ROWS = 60;

export const actions: Actions = {
	preview: async (event) => {
		const { organisationId, staff } = calendarActor(event, requireOrganisation(event));
		const { values, input } = sourceFormInput(await event.request.formData(), organisationId);
		const parsed = sourceFormSchema.safeParse(input);
		if (!parsed.success) return fail(400, { action: 'preview', values, errors: zodErrors(parsed.error) });
		const orgId = staff ? (parsed.data.organisationId ?? organisationId) : organisationId;
		const plan = await previewSource(getDb(), orgId, parsed.data.url, parsed.data);
		if (!plan.ok) return fail(400, { action: 'preview', values, errors: { url: plan.code } , fetchError: plan.code });
		const rows = plan.items.map(previewRow);
		const taken = rows.filter((r) => !r.skip);
		const skipped = rows.filter((r) => r.skip);
		// Dates to import first, then the skipped ones with their reasons; a long list is cut with a count.
		const shown = [...taken, ...skipped].slice(0, PREVIEW_ROWS);
		return { action: 'preview', values, preview: { rows: shown, taken: taken.length, skipped: skipped.length, more: rows.length - shown.length } };
	},
	add: async (event) => {
		const { actor, organisationId } = calendarActor(event, requireOrganisation(event));
		const { values, input } = sourceFormInput(await event.request.formData(), organisationId);
		const { value, failure } = await runForm(addSource, actor, input, { values, action: 'add' });
		if (failure) return failure;
		await runSourceSync(getDb(), actor, value.sourceId);
		redirect(303, `/forening/kalendrar/${value.sourceId}`);
	}
};
