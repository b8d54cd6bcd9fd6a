import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listAudiences, listCategories } from '$lib/server/db/queries/taxonomy';
import { requireRole } from '$lib/server/auth/guards';
import { staffActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { saveTaxonomyEntry } from '$lib/server/commands/admin';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const db = getDb();
	return { categories: listCategories(db), audiences: listAudiences(db) };
};

/** Saves a name change, or adds a new category/audience when asked to add. */
export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const values = Object.fromEntries(['kind', 'slug', 'nameSv', 'nameEn', 'mode'].map((k) => [k, String(form.get(k) ?? '')]));
		const { failure } = await runForm(saveTaxonomyEntry, staffActor(event), { ...values, mode: values.mode === 'add' ? 'add' : 'rename' }, { values });
		return failure ?? { saved: `${values.kind}:${values.slug}` };
	}
};
