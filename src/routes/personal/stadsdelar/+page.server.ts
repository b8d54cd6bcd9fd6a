import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listDistricts } from '$lib/server/db/queries/places';
import { updateDistrict } from '$lib/server/db/queries/admin';
import { requireRole } from '$lib/server/auth/guards';
import { parseBoundary } from '$lib/domain/geojson';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	return { districts: listDistricts(getDb()).map((d) => ({ id: d.id, name: d.name, slug: d.slug, residents65Plus: d.residents65Plus, hasBoundary: Boolean(d.boundary) })) };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const form = await event.request.formData();
		const id = Number(form.get('id'));
		const residentsRaw = String(form.get('residents') ?? '').replace(/\s/g, '');
		const errors: Record<string, string> = {};
		if (!/^\d{1,7}$/.test(residentsRaw)) errors.residents = 'Skriv antalet invånare 65+ som ett heltal.';
		let boundary = null;
		const file = form.get('boundary');
		if (file instanceof File && file.size > 0) {
			if (file.size > 2_000_000) errors.boundary = 'Filen är för stor (högst 2 MB).';
			else {
				const parsed = parseBoundary(await file.text());
				if (!parsed.ok) errors.boundary = parsed.error;
				else boundary = parsed.geometry;
			}
		}
		if (Object.keys(errors).length) return fail(400, { id, residents: residentsRaw, errors });
		if (!updateDistrict(getDb(), user.id, id, Number(residentsRaw), boundary)) return fail(404, { id, residents: residentsRaw, errors: { residents: 'Stadsdelen finns inte.' } });
		return { savedId: id };
	}
};
