import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { audiences, categories, districts, sessions, users } from '../db/schema';
import type { GeoJsonGeometry } from '../db/schema/districts';
import { firstOrganisationOf } from '../db/queries/users';
import { mails } from '../mail/templates';
import { siteOrigin } from '../origin';
import { municipality } from '../site-settings';
import { reissueInvitation, resetTwoFactor } from './accounts';
import { defineCommand, type CommandContext } from './runner';

/** Only admins change roles or disable accounts; nobody can lock themselves out. A disabled account is signed out at once. */
export const updateUser = defineCommand({
	name: 'user.update',
	input: z.object({ userId: z.number().int().positive(), role: z.enum(['organiser', 'moderator', 'admin'], { error: 'Välj roll.' }), disabled: z.boolean() }),
	run(ctx: CommandContext, input) {
		if (ctx.actor.kind !== 'staff' || ctx.actor.role !== 'admin') ctx.refuse(403, 'Bara administratörer ändrar användare.');
		if (input.userId === ctx.actor.userId && (input.role !== 'admin' || input.disabled))
			ctx.fail(input, { form: 'Du kan inte ta bort din egen administratörsroll eller stänga av dig själv.' });
		const u = ctx.db.select().from(users).where(eq(users.id, input.userId)).get();
		if (!u) ctx.fail(input, { form: 'Användaren finns inte.' }, 404);
		if (u.role === input.role && u.disabled === input.disabled) return { changed: false };
		ctx.db.update(users).set({ role: input.role, disabled: input.disabled }).where(eq(users.id, u.id)).run();
		if (u.role !== input.role) ctx.audit({ action: 'user.role_changed', entityType: 'user', entityId: u.id, summary: `${u.name}: ${u.role} → ${input.role}` });
		if (u.disabled !== input.disabled) {
			ctx.audit({ action: input.disabled ? 'user.disabled' : 'user.enabled', entityType: 'user', entityId: u.id, summary: `${u.name}: ${input.disabled ? 'avstängd' : 'aktiv igen'}` });
			if (input.disabled) ctx.db.delete(sessions).where(eq(sessions.userId, u.id)).run();
		}
		return { changed: true };
	}
});

/** A moderator's own choice: a mail per submission, or one digest a day. */
export const setNotificationPreference = defineCommand({
	name: 'user.notification_preference',
	input: z.object({ digest: z.boolean() }),
	run(ctx: CommandContext, input) {
		if (ctx.actor.kind !== 'staff') ctx.refuse(403, 'Bara personal.');
		const u = ctx.db.select({ digest: users.notifyDigest }).from(users).where(eq(users.id, ctx.actor.userId)).get();
		if (u?.digest === input.digest) return { changed: false };
		ctx.db.update(users).set({ notifyDigest: input.digest }).where(eq(users.id, ctx.actor.userId)).run();
		ctx.audit({ action: 'user.notification_changed', entityType: 'user', entityId: ctx.actor.userId, summary: input.digest ? 'Vill ha en sammanfattning om dagen' : 'Vill ha ett mejl per inskickad aktivitet' });
		return { changed: true };
	}
});

/** A district's number of residents 65+ and, when a file is given, its boundary. */
export const updateDistrict = defineCommand({
	name: 'district.update',
	input: z.object({
		districtId: z.number().int(),
		residents: z.string().transform((v) => v.replace(/\s/g, '')).pipe(z.string().regex(/^\d{1,7}$/, 'Skriv antalet invånare 65+ som ett heltal.')),
		boundary: z.custom<GeoJsonGeometry | null>().default(null)
	}),
	run(ctx: CommandContext, input) {
		if (ctx.actor.kind !== 'staff') ctx.refuse(403, 'Bara personal ändrar stadsdelar.');
		const d = ctx.db.select().from(districts).where(eq(districts.id, input.districtId)).get();
		if (!d) ctx.fail(input, { residents: 'Stadsdelen finns inte.' }, 404);
		const residents65Plus = Number(input.residents);
		// The same boundary again (a double post of the preview's "Spara") is no change.
		const boundary = input.boundary && JSON.stringify(input.boundary) !== JSON.stringify(d.boundary) ? input.boundary : null;
		if (d.residents65Plus === residents65Plus && !boundary) return { changed: false };
		ctx.db.update(districts).set({ residents65Plus, ...(boundary ? { boundary } : {}) }).where(eq(districts.id, d.id)).run();
		ctx.audit({ action: 'district.updated', entityType: 'district', entityId: d.id, summary: `${d.name}: 65+ ${d.residents65Plus} → ${residents65Plus}${boundary ? ', ny gräns' : ''}`,
			// The boundary it replaced is kept in the log, so a wrong file can be undone.
			...(boundary ? { details: { previousBoundary: d.boundary ?? null } } : {})
		});
		ctx.invalidate();
		return { changed: true };
	}
});

export const taxonomyEntrySchema = z.object({
	kind: z.enum(['category', 'audience']),
	mode: z.enum(['add', 'rename']),
	slug: z.string().regex(/^[a-z0-9-]{2,40}$/, 'Kortnamnet får bara ha små bokstäver a–z, siffror och bindestreck.'),
	nameSv: z.string().trim().min(2, 'Skriv ett svenskt namn.').max(80, 'Namnet är för långt.'),
	nameEn: z.string().trim().min(2, 'Skriv ett engelskt namn.').max(80, 'Namnet är för långt.')
});

/** Renames a category or audience, or adds one; adding never overwrites an existing short name. */
export const saveTaxonomyEntry = defineCommand({
	name: 'taxonomy.save',
	input: taxonomyEntrySchema,
	run(ctx: CommandContext, input) {
		if (ctx.actor.kind !== 'staff') ctx.refuse(403, 'Bara personal ändrar kategorier.');
		const table = input.kind === 'category' ? categories : audiences;
		const existing = ctx.db.select().from(table).where(eq(table.slug, input.slug)).get();
		if (input.mode === 'add' && existing) ctx.fail(input, { slug: 'Kortnamnet finns redan. Välj ett annat, eller ändra namnet i raden ovanför.' });
		if (input.mode === 'rename' && !existing) ctx.fail(input, { slug: 'Det finns ingen sådan rad längre. Ladda om sidan.' });
		if (existing && existing.nameSv === input.nameSv && existing.nameEn === input.nameEn) return { changed: false };
		if (existing) ctx.db.update(table).set({ nameSv: input.nameSv, nameEn: input.nameEn }).where(eq(table.slug, input.slug)).run();
		else ctx.db.insert(table).values({ slug: input.slug, nameSv: input.nameSv, nameEn: input.nameEn, sortOrder: 100 }).run();
		ctx.audit({ action: `${input.kind}.${existing ? 'renamed' : 'created'}`, entityType: input.kind, entityId: null, summary: `${input.nameSv} (${input.slug})` });
		ctx.invalidate();
		return { changed: true };
	}
});

/** An admin sends a new invitation (earlier links stop working): written and mailed together. */
export const resendInvitation = defineCommand({
	name: 'user.resend_invitation',
	input: z.object({ userId: z.number().int() }),
	run(ctx: CommandContext, input) {
		if (ctx.actor.kind !== 'staff' || ctx.actor.role !== 'admin') ctx.refuse(403, 'Bara administratörer.');
		const issued = reissueInvitation(ctx.db, ctx.actor.userId, input.userId, ctx.now);
		if (!issued) ctx.fail(input, { form: 'notNeeded' });
		const organisation = firstOrganisationOf(ctx.db, input.userId);
		ctx.mail({ to: issued.email, ...mails.invitation({ name: issued.name, organisation: organisation ?? municipality(ctx.db).name, link: `${siteOrigin()}/konto/losenord/${issued.token}` }) });
		return { email: issued.email };
	}
});

/** An admin turns someone's two-factor off (after a yes): secret, codes and sessions go. */
export const resetUserTwoFactor = defineCommand({
	name: 'user.reset_two_factor',
	input: z.object({ userId: z.number().int(), confirm: z.boolean() }),
	run(ctx: CommandContext, input) {
		if (ctx.actor.kind !== 'staff' || ctx.actor.role !== 'admin') ctx.refuse(403, 'Bara administratörer.');
		if (!input.confirm) ctx.fail(input, { confirm: 'confirmMissing' });
		if (!resetTwoFactor(ctx.db, ctx.actor.userId, input.userId)) ctx.refuse(404, 'Användaren finns inte.');
		return { reset: true };
	}
});
