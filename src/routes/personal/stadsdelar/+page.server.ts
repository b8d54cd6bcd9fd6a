import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listDistricts } from '$lib/server/db/queries/places';
import { staffActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { updateDistrict } from '$lib/server/commands/admin';
import { requireRole } from '$lib/server/auth/guards';
import { parseBoundary } from '$lib/domain/geojson';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	return { districts: listDistricts(getDb()).map((d) => ({ id: d.id, name: d.name, slug: d.slug, residents65Plus: d.residents65Plus, hasBoundary: Boolean(d.boundary) })) };
};

export const actions: Actions = {
	default: async (event) => {
		const actor = staffActor(event);
		const form = await event.request.formData();
		const id = Number(form.get('id'));
		const residents = String(form.get('residents') ?? '');
		let boundary = null;
		let converted = false;
		const file = form.get('boundary');
		if (file instanceof File && file.size > 0) {
			if (file.size > 2_000_000) return fail(400, { values: { id: String(id), residents }, errors: { boundary: 'Filen är för stor (högst 2 MB).' } });
			const parsed = parseBoundary(await file.text());
			if (!parsed.ok) return fail(400, { values: { id: String(id), residents }, errors: { boundary: parsed.error } });
			boundary = parsed.geometry;
			converted = parsed.converted;
		}
		const { failure } = await runForm(updateDistrict, actor, { districtId: id, residents, boundary }, { values: { id: String(id), residents } });
		return failure ?? { savedId: id, converted };
	}
};
