import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { audiences, categories } from '$lib/server/db/schema';
import { listAudiences, listCategories } from '$lib/server/db/queries/taxonomy';
import { logAudit } from '$lib/server/db/queries/audit';
import { requireRole } from '$lib/server/auth/guards';
import { invalidateCache } from '$lib/server/cache';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const db = getDb();
	return { categories: listCategories(db), audiences: listAudiences(db) };
};

const entry = z.object({
	kind: z.enum(['category', 'audience']),
	slug: z.string().regex(/^[a-z0-9-]{2,40}$/, 'Kortnamnet får bara ha små bokstäver a–z, siffror och bindestreck.'),
	nameSv: z.string().trim().min(2, 'Skriv ett svenskt namn.').max(80, 'Namnet är för långt.'),
	nameEn: z.string().trim().min(2, 'Skriv ett engelskt namn.').max(80, 'Namnet är för långt.')
});

/** Saves a name change, or adds a new category/audience when the short name is new. */
export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const form = await event.request.formData();
		const values = Object.fromEntries(['kind', 'slug', 'nameSv', 'nameEn', 'mode'].map((k) => [k, String(form.get(k) ?? '')]));
		const parsed = entry.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])) as Record<string, string> });
		const { kind, slug, nameSv, nameEn } = parsed.data;
		const table = kind === 'category' ? categories : audiences;
		const db = getDb();
		const existing = db.select().from(table).where(eq(table.slug, slug)).get();
		// Adding never overwrites: a short name already in use is an error, not a rename.
		if (values.mode === 'add' && existing) return fail(400, { values, errors: { slug: 'Kortnamnet finns redan. Välj ett annat, eller ändra namnet i raden ovanför.' } as Record<string, string> });
		if (values.mode !== 'add' && !existing) return fail(400, { values, errors: { slug: 'Det finns ingen sådan rad längre. Ladda om sidan.' } as Record<string, string> });
		if (existing) db.update(table).set({ nameSv, nameEn }).where(eq(table.slug, slug)).run();
		else db.insert(table).values({ slug, nameSv, nameEn, sortOrder: 100 }).run();
		logAudit(db, { actorUserId: user.id, action: `${kind}.${existing ? 'renamed' : 'created'}`, entityType: kind, entityId: null, summary: `${nameSv} (${slug})` });
		invalidateCache();
		return { saved: `${kind}:${slug}` };
	}
};
