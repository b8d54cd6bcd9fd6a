import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listDistricts } from '$lib/server/db/queries/places';
import { staffActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { updateDistrict } from '$lib/server/commands/admin';
import { requireRole } from '$lib/server/auth/guards';
import { boundaryName, parseBoundary } from '$lib/domain/geojson';
import { boundaryFacts, boundarySvg, type BoundaryPreview } from '$lib/domain/boundary-preview';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	return { districts: listDistricts(getDb()).map((d) => ({ id: d.id, name: d.name, slug: d.slug, residents65Plus: d.residents65Plus, hasBoundary: Boolean(d.boundary) })) };
};

const fields = (form: FormData) => ({ id: Number(form.get('id')), residents: String(form.get('residents') ?? '') });

export const actions: Actions = {
	/** Without a file the number is saved at once; with one, nothing is saved: the new boundary is shown beside the old first. */
	upload: async (event) => {
		const actor = staffActor(event);
		const form = await event.request.formData();
		const { id, residents } = fields(form);
		const values = { id: String(id), residents };
		const file = form.get('boundary');
		if (!(file instanceof File) || file.size === 0) {
			const { failure } = await runForm(updateDistrict, actor, { districtId: id, residents, boundary: null }, { values });
			return failure ?? { savedId: id, converted: false };
		}
		if (file.size > 2_000_000) return fail(400, { values, errors: { boundary: 'Filen är för stor (högst 2 MB).' } });
		const text = await file.text();
		const parsed = parseBoundary(text);
		if (!parsed.ok) return fail(400, { values, errors: { boundary: parsed.error } });
		const district = listDistricts(getDb()).find((d) => d.id === id);
		if (!district) return fail(404, { values, errors: { residents: 'Stadsdelen finns inte.' } });
		if (!/^\d{1,7}$/.test(residents.replace(/\s/g, ''))) return fail(400, { values, errors: { residents: 'Skriv antalet invånare 65+ som ett heltal.' } });
		const nameInFile = boundaryName(text);
		const svg = boundarySvg([district.boundary, parsed.geometry]);
		const preview: BoundaryPreview = {
			id,
			residents,
			residentsBefore: district.residents65Plus,
			fileName: file.name.slice(0, 120),
			nameInFile,
			nameMatches: nameInFile !== null && nameInFile.toLocaleLowerCase('sv') === district.name.toLocaleLowerCase('sv'),
			converted: parsed.converted,
			geometry: parsed.geometry,
			current: district.boundary,
			facts: boundaryFacts(parsed.geometry),
			currentFacts: district.boundary ? boundaryFacts(district.boundary) : null,
			svg: { viewBox: svg.viewBox, current: svg.paths[0], next: svg.paths[1] }
		};
		return { preview };
	},
	/** "Spara" in the preview: the boundary shown comes back as longitude/latitude and is checked again before it is saved. */
	save: async (event) => {
		const actor = staffActor(event);
		const form = await event.request.formData();
		const { id, residents } = fields(form);
		const values = { id: String(id), residents };
		const parsed = parseBoundary(String(form.get('geometry') ?? ''));
		if (!parsed.ok) return fail(400, { values, errors: { boundary: parsed.error } });
		const { failure } = await runForm(updateDistrict, actor, { districtId: id, residents, boundary: parsed.geometry }, { values });
		return failure ?? { savedId: id, converted: form.get('converted') === '1' };
	}
};
