import { z } from 'zod';
import { and, eq, isNull } from 'drizzle-orm';
import { accountRequests, memberships, organisations, userTokens, users } from '../db/schema';
import { getOrganisation, listOrganisations } from '../db/queries/organisations';
import { findUserByEmail } from '../db/queries/users';
import { generateToken, hashToken } from '../auth/session';
import { organisationKinds } from '../db/schema';
import { organisationProfileSchema } from '../../domain/schemas';
import { mails } from '../mail/templates';
import { siteOrigin } from '../origin';
import { defineCommand, type CommandContext } from './runner';
import { uniqueSlug } from './slug';

const WEEK = 7 * 86_400_000;

function staffOnly(ctx: CommandContext) {
	if (ctx.actor.kind !== 'staff') ctx.refuse(403, 'Bara personal ändrar föreningar.');
}

/** An organisation's own description and contact details; its members or staff. Unchanged, nothing is written. */
export const updateOrganisationProfile = defineCommand({
	name: 'organisation.update_profile',
	input: z.object({ organisationId: z.number().int(), values: organisationProfileSchema }),
	run(ctx: CommandContext, input) {
		const a = ctx.actor;
		if (!(a.kind === 'staff' || (a.kind === 'organiser' && a.organisationId === input.organisationId))) ctx.refuse(404, 'Föreningen finns inte.');
		const org = getOrganisation(ctx.db, input.organisationId);
		if (!org) ctx.refuse(404, 'Föreningen finns inte.');
		const p = input.values;
		const next = { description: p.description, contactName: p.contactName || null, email: p.email || null, phone: p.phone || null, website: p.website || null };
		if ((Object.keys(next) as (keyof typeof next)[]).every((k) => (org[k] ?? null) === next[k])) return { unchanged: true };
		ctx.db.update(organisations).set(next).where(eq(organisations.id, org.id)).run();
		ctx.audit({ action: 'organisation.profile_updated', entityType: 'organisation', entityId: org.id, summary: 'Föreningens uppgifter ändrade' });
		ctx.invalidate();
		return { unchanged: false };
	}
});

const createSchema = z.object({
	name: z.string().trim().min(2, 'Skriv föreningens eller enhetens namn.').max(200, 'Namnet är för långt.'),
	kind: z.enum(organisationKinds, { error: 'Välj typ.' }),
	email: z.string().trim().toLowerCase().nullable().default(null)
});

function insertOrganisation(ctx: CommandContext, input: z.infer<typeof createSchema>) {
	const same = listOrganisations(ctx.db).find((o) => o.name.trim().toLowerCase() === input.name.toLowerCase());
	if (same) ctx.fail(input, { name: `${same.name} finns redan${same.active ? '' : ' (avaktiverad)'}. Bjud in medlemmar till den i stället.` });
	const id = ctx.db.insert(organisations).values({ name: input.name, kind: input.kind, slug: uniqueSlug(ctx.db, 'organisations', input.name, 'forening'), email: input.email, createdAt: ctx.now }).returning({ id: organisations.id }).get().id;
	ctx.audit({ action: 'organisation.created', entityType: 'organisation', entityId: id, summary: `Ny förening: ${input.name}` });
	return id;
}

export const createOrganisation = defineCommand({
	name: 'organisation.create',
	input: createSchema,
	run(ctx: CommandContext, input) {
		staffOnly(ctx);
		return { organisationId: insertOrganisation(ctx, input) };
	}
});

/** A deactivated organisation keeps its history; its members can no longer act for it. */
export const setOrganisationActive = defineCommand({
	name: 'organisation.set_active',
	input: z.object({ organisationId: z.number().int(), active: z.boolean() }),
	run(ctx: CommandContext, input) {
		staffOnly(ctx);
		const org = getOrganisation(ctx.db, input.organisationId);
		if (!org) ctx.fail(input, { form: 'Föreningen finns inte.' }, 404);
		if (org.active === input.active) return { changed: false };
		ctx.db.update(organisations).set({ active: input.active }).where(eq(organisations.id, org.id)).run();
		ctx.audit({ action: input.active ? 'organisation.activated' : 'organisation.deactivated', entityType: 'organisation', entityId: org.id, summary: `${org.name}: ${input.active ? 'aktiv igen' : 'avaktiverad'}` });
		return { changed: true };
	}
});

/** Trusted organisations publish directly (still logged and reviewable). */
export const setOrganisationTrust = defineCommand({
	name: 'organisation.set_trust',
	input: z.object({ organisationId: z.number().int(), trusted: z.boolean() }),
	run(ctx: CommandContext, input) {
		staffOnly(ctx);
		const org = getOrganisation(ctx.db, input.organisationId);
		if (!org) ctx.fail(input, { form: 'Föreningen finns inte.' }, 404);
		if (org.trusted === input.trusted) return { changed: false };
		ctx.db.update(organisations).set({ trusted: input.trusted }).where(eq(organisations.id, org.id)).run();
		ctx.audit({ action: 'organisation.trust_changed', entityType: 'organisation', entityId: org.id, summary: `${org.name}: ${input.trusted ? 'betrodd (publicerar direkt)' : 'inte längre betrodd'}` });
		return { changed: true };
	}
});

export const inviteSchema = z.object({
	organisationId: z.coerce.number().int().positive('Välj förening.'),
	name: z.string().trim().min(2, 'Skriv personens namn.').max(120, 'Namnet är för långt.'),
	email: z.string().trim().toLowerCase().email('Skriv en hel e-postadress, till exempel anna@exempel.se.')
});

/**
 * Creates the organiser account if needed, adds the membership and mails a single-use link where
 * the person chooses a password; an earlier link to the same person stops working. Someone who
 * already is a member with a password needs no invitation.
 */
export function invite(ctx: CommandContext, organisationId: number, person: { name: string; email: string }, opts: { replyTo?: string | null; resend?: boolean } = {}) {
	const org = getOrganisation(ctx.db, organisationId);
	if (!org) ctx.fail(person, { organisationId: 'Föreningen finns inte.' });
	let user = findUserByEmail(ctx.db, person.email);
	if (user && user.role !== 'organiser') ctx.fail(person, { email: 'Adressen tillhör ett personalkonto.' });
	if (user?.disabled) ctx.fail(person, { email: 'Kontot med den adressen är avstängt. Kontakta kommunen.' });
	user ??= ctx.db.insert(users).values({ email: person.email, name: person.name, role: 'organiser', createdAt: ctx.now }).returning().get();
	const member = ctx.db.select().from(memberships).where(and(eq(memberships.userId, user.id), eq(memberships.organisationId, org.id))).get();
	if (member && user.passwordHash) ctx.fail(person, { email: `${user.name} är redan medlem i ${org.name} och kan logga in.` });
	if (!member) ctx.db.insert(memberships).values({ userId: user.id, organisationId: org.id }).run();
	ctx.db.update(userTokens).set({ usedAt: ctx.now }).where(and(eq(userTokens.userId, user.id), eq(userTokens.purpose, 'invite'), isNull(userTokens.usedAt))).run();
	const token = generateToken();
	ctx.db.insert(userTokens).values({ tokenHash: hashToken(token), userId: user.id, purpose: 'invite', expiresAt: new Date(ctx.now.getTime() + WEEK) }).run();
	ctx.mail({ to: user.email, replyTo: opts.replyTo ?? null, ...mails.invitation({ name: user.name, organisation: org.name, link: `${siteOrigin()}/konto/losenord/${token}`, answerable: Boolean(opts.replyTo) }) });
	if (opts.resend) ctx.audit({ action: 'user.invitation_resent', entityType: 'user', entityId: user.id, summary: `Ny inbjudan till ${user.name} för ${org.name}; den förra länken slutade gälla`, details: { organisationId: org.id } });
	else ctx.audit({ action: 'user.invited', entityType: 'user', entityId: user.id, summary: `${user.name} (${user.email}) inbjuden till ${org.name}`, details: { organisationId: org.id } });
	return user.id;
}

export const inviteMember = defineCommand({
	name: 'organisation.invite',
	input: inviteSchema,
	run(ctx: CommandContext, input) {
		staffOnly(ctx);
		return { userId: invite(ctx, input.organisationId, input) };
	}
});

/** An application for an account, approved: the organisation is created and its contact invited — together or not at all. */
export const approveAccountRequest = defineCommand({
	name: 'account_request.approve',
	input: z.object({ requestId: z.number().int() }),
	run(ctx: CommandContext, input) {
		staffOnly(ctx);
		const request = ctx.db.select().from(accountRequests).where(eq(accountRequests.id, input.requestId)).get();
		if (!request || request.status !== 'new') ctx.fail(input, { form: 'Ansökan finns inte.' }, 404);
		const organisationId = insertOrganisation(ctx, { name: request.organisationName, kind: 'association', email: request.email });
		ctx.db.update(accountRequests).set({ status: 'approved' }).where(eq(accountRequests.id, request.id)).run();
		invite(ctx, organisationId, { name: request.contactName, email: request.email });
		ctx.audit({ action: 'account_request.approved', entityType: 'account_request', entityId: request.id, summary: `Ansökan om konto för ${request.organisationName} godkänd` });
		return { organisation: request.organisationName };
	}
});

/** Only a new application can be declined: an approved one must not silently turn into "declined". */
export const declineAccountRequest = defineCommand({
	name: 'account_request.decline',
	input: z.object({ requestId: z.number().int() }),
	run(ctx: CommandContext, input) {
		staffOnly(ctx);
		const request = ctx.db.select().from(accountRequests).where(eq(accountRequests.id, input.requestId)).get();
		if (!request || request.status !== 'new') ctx.fail(input, { form: 'Ansökan finns inte.' }, 404);
		ctx.db.update(accountRequests).set({ status: 'declined' }).where(eq(accountRequests.id, request.id)).run();
		ctx.audit({ action: 'account_request.declined', entityType: 'account_request', entityId: request.id, summary: `Ansökan om konto för ${request.organisationName} avslagen` });
		return { declined: true };
	}
});
