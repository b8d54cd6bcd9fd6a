import { z } from 'zod';
import { and, eq, isNull } from 'drizzle-orm';
import { memberships, sessions, userTokens, users } from '../db/schema';
import { getOrganisation, isMemberOf } from '../db/queries/organisations';
import { findUserByEmail, getUser } from '../db/queries/users';
import { latestInvitation, membershipCount, otherActiveMembers, wasRemovedFrom } from '../db/queries/accounts';
import { mails } from '../mail/templates';
import { hashToken } from '../auth/session';
import { defineCommand, type CommandContext } from './runner';
import { invite, inviteSchema } from './organisations';

/**
 * An organisation's own members invite and remove people, for their current organisation only:
 * the organisation comes from the actor, never from the form.
 */
function ownOrganisation(ctx: CommandContext) {
	if (ctx.actor.kind !== 'organiser') ctx.refuse(403, 'Bara föreningens medlemmar hanterar medlemmarna.');
	const org = getOrganisation(ctx.db, ctx.actor.organisationId);
	if (!org) ctx.refuse(404, 'Föreningen finns inte.');
	return { org, actorUserId: ctx.actor.userId };
}

/**
 * A person on this organisation's list. One taken off it before (the same form posted again) is
 * `null`: nothing more to do. Anyone else, another organisation's members included, is not found.
 */
function ownMember(ctx: CommandContext, organisationId: number, userId: number) {
	const user = getUser(ctx.db, userId);
	if (user && isMemberOf(ctx.db, user.id, organisationId)) return user;
	if (wasRemovedFrom(ctx.db, userId, organisationId)) return null;
	ctx.refuse(404, 'Personen finns inte bland föreningens medlemmar.');
}

const pending = (inv: ReturnType<typeof latestInvitation>, now: Date) => Boolean(inv && !inv.usedAt && inv.expiresAt.getTime() > now.getTime());

export const memberInviteSchema = inviteSchema.omit({ organisationId: true });

/** Invites a person by name and address; the same invitation posted twice sends one mail. */
export const inviteToOwnOrganisation = defineCommand({
	name: 'organisation.member_invite',
	input: memberInviteSchema,
	run(ctx: CommandContext, input) {
		const { org, actorUserId } = ownOrganisation(ctx);
		const existing = findUserByEmail(ctx.db, input.email);
		if (existing && !existing.passwordHash && isMemberOf(ctx.db, existing.id, org.id) && pending(latestInvitation(ctx.db, existing.id), ctx.now))
			return { userId: existing.id, email: existing.email, already: true };
		const userId = invite(ctx, org.id, input, { replyTo: getUser(ctx.db, actorUserId)?.email });
		return { userId, email: input.email, already: false };
	}
});

/**
 * A new link for an invitation not yet accepted; the old link stops working. `current` is when the
 * link the page showed expires: when it no longer is the newest, someone already sent a new one.
 */
export const resendOwnInvitation = defineCommand({
	name: 'organisation.member_resend',
	input: z.object({ userId: z.coerce.number().int().positive(), current: z.coerce.number().int().min(0) }),
	run(ctx: CommandContext, input) {
		const { org, actorUserId } = ownOrganisation(ctx);
		const user = ownMember(ctx, org.id, input.userId);
		if (!user) return { email: '', already: false, gone: true };
		if (user.passwordHash) ctx.fail(input, { form: `${user.name} har redan tackat ja och kan logga in.` });
		const inv = latestInvitation(ctx.db, user.id);
		if ((inv?.expiresAt.getTime() ?? 0) !== input.current) return { email: user.email, already: true, gone: false };
		invite(ctx, org.id, { name: user.name, email: user.email }, { replyTo: getUser(ctx.db, actorUserId)?.email, resend: true });
		return { email: user.email, already: false, gone: false };
	}
});

/**
 * Takes the person off the organisation: links voided, and if this was their only organisation a
 * person who never chose a password is forgotten, one who did is signed out everywhere.
 */
function dropMember(ctx: CommandContext, org: { id: number; name: string }, user: NonNullable<ReturnType<typeof getUser>>) {
	ctx.db.delete(memberships).where(and(eq(memberships.userId, user.id), eq(memberships.organisationId, org.id))).run();
	ctx.db.update(userTokens).set({ usedAt: ctx.now }).where(and(eq(userTokens.userId, user.id), eq(userTokens.purpose, 'invite'), isNull(userTokens.usedAt))).run();
	if (membershipCount(ctx.db, user.id) > 0) return;
	if (!user.passwordHash && user.role === 'organiser') ctx.db.delete(users).where(eq(users.id, user.id)).run();
	else if (user.role === 'organiser') ctx.db.delete(sessions).where(eq(sessions.userId, user.id)).run();
}

/** Withdraws an invitation not yet accepted: the link stops working and the person is told. */
export const withdrawOwnInvitation = defineCommand({
	name: 'organisation.member_withdraw',
	input: z.object({ userId: z.coerce.number().int().positive() }),
	run(ctx: CommandContext, input) {
		const { org, actorUserId } = ownOrganisation(ctx);
		const user = ownMember(ctx, org.id, input.userId);
		if (!user) return { name: '', changed: false };
		if (user.passwordHash) ctx.fail(input, { form: `${user.name} har redan tackat ja. Välj ”Ta bort” för att ta bort personen.` });
		dropMember(ctx, org, user);
		ctx.mail({ to: user.email, replyTo: getUser(ctx.db, actorUserId)?.email, ...mails.invitationWithdrawn({ name: user.name, organisation: org.name }) });
		ctx.audit({ action: 'organisation.invitation_withdrawn', entityType: 'user', entityId: user.id, summary: `Inbjudan till ${user.name} (${user.email}) för ${org.name} återkallad`, details: { organisationId: org.id } });
		return { name: user.name, changed: true };
	}
});

/**
 * Removes a member after a yes. Access ends at once: membership is checked on every request. The
 * last member who can sign in cannot remove themselves (nobody would be left to post).
 */
export const removeOwnMember = defineCommand({
	name: 'organisation.member_remove',
	input: z.object({ userId: z.coerce.number().int().positive(), confirm: z.boolean() }),
	run(ctx: CommandContext, input) {
		const { org, actorUserId } = ownOrganisation(ctx);
		const user = ownMember(ctx, org.id, input.userId);
		if (!user) return { name: '', changed: false, self: false };
		const self = user.id === actorUserId;
		if (self && otherActiveMembers(ctx.db, org.id, user.id) === 0)
			ctx.fail(input, { form: `Du är den enda i ${org.name} som kan logga in och kan därför inte ta bort dig själv. Bjud in någon annan först, eller kontakta kommunen.` });
		if (!input.confirm) ctx.fail(input, { confirm: 'confirm' });
		dropMember(ctx, org, user);
		ctx.mail({ to: user.email, replyTo: self ? null : getUser(ctx.db, actorUserId)?.email, ...mails.membershipEnded({ name: user.name, organisation: org.name }) });
		ctx.audit({ action: 'organisation.member_removed', entityType: 'user', entityId: user.id, summary: `${user.name} (${user.email}) borttagen ur ${org.name}${self ? ' (tog bort sig själv)' : ''}`, details: { organisationId: org.id } });
		return { name: user.name, changed: true, self };
	}
});

/** The invitation link was visited (the organisation sees "opened"); only the first visit counts. */
export const markInvitationOpened = defineCommand({
	name: 'user.invitation_opened',
	input: z.object({ token: z.string().min(1).max(200) }),
	run(ctx: CommandContext, input) {
		const row = ctx.db.select().from(userTokens).where(eq(userTokens.tokenHash, hashToken(input.token))).get();
		if (!row || row.purpose !== 'invite' || row.usedAt || row.openedAt || row.expiresAt.getTime() <= ctx.now.getTime()) return { marked: false };
		ctx.db.update(userTokens).set({ openedAt: ctx.now }).where(eq(userTokens.tokenHash, row.tokenHash)).run();
		ctx.audit({ action: 'user.invitation_opened', entityType: 'user', entityId: row.userId, summary: 'Inbjudningslänken öppnades' });
		return { marked: true };
	}
});
