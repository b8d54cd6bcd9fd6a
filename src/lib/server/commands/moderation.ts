import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { eventRevisions, events, moderationDecisions } from '../db/schema';
import { organisationRecipients, pendingAmong, staffReplyTo } from '../db/queries/moderation';
import { allowedDecisions, REJECT_REASONS } from '../../domain/moderation';
import { mails } from '../mail/templates';
import { siteOrigin } from '../origin';
import { defineCommand, type CommandContext } from './runner';
import { markPublished } from './revisions';

const message = z.string().trim().max(2000, 'Högst 2000 tecken.');

/** A moderator's decision; a request for changes and a rejection must say why. */
export const decisionSchema = z.discriminatedUnion(
	'decision',
	[
		z.object({ revisionId: z.number().int(), decision: z.literal('approve'), message: message.default('') }),
		z.object({ revisionId: z.number().int(), decision: z.literal('request_changes'), message: message.min(1, 'Skriv vad föreningen behöver ändra.') }),
		z.object({
			revisionId: z.number().int(),
			decision: z.literal('reject'),
			reasonCode: z.enum(Object.keys(REJECT_REASONS) as [keyof typeof REJECT_REASONS], { error: 'Välj ett skäl.' }),
			message: message.min(1, 'Skriv en förklaring till föreningen.')
		})
	],
	{ error: 'Välj ett beslut.' }
);

/**
 * Records a decision on a pending revision. Approve publishes it (dates re-planned, people on moved
 * dates told, search updated); a rejection of a never published event marks the event rejected; a
 * published event stays live whatever the decision. The organisation is mailed.
 */
export const decideRevision = defineCommand({
	name: 'moderation.decide',
	input: decisionSchema,
	run(ctx: CommandContext, d) {
		if (ctx.actor.kind !== 'staff') ctx.refuse(403, 'Bara personal granskar.');
		const rev = ctx.db.select().from(eventRevisions).where(eq(eventRevisions.id, d.revisionId)).get();
		if (!rev) ctx.refuse(404, 'Versionen finns inte.');
		if (!allowedDecisions(rev.status).includes(d.decision)) ctx.fail(d, { form: 'notPending' });
		const event = ctx.db.select().from(events).where(eq(events.id, rev.eventId)).get()!;
		const reasonCode = d.decision === 'reject' ? d.reasonCode : null;
		ctx.db.insert(moderationDecisions).values({ eventId: rev.eventId, revisionId: rev.id, moderatorUserId: ctx.actor.userId, decision: d.decision, reasonCode, message: d.message || null, decidedAt: ctx.now }).run();
		if (d.decision === 'approve') {
			markPublished(ctx.db, rev.id, ctx.now);
			ctx.replan(rev.eventId);
			ctx.invalidate({ eventIds: [rev.eventId] });
		} else {
			ctx.db.update(eventRevisions).set({ status: d.decision === 'reject' ? 'rejected' : 'changes_requested', decidedAt: ctx.now }).where(eq(eventRevisions.id, rev.id)).run();
			if (d.decision === 'reject' && !event.publishedRevisionId) ctx.db.update(events).set({ status: 'rejected', updatedAt: ctx.now }).where(eq(events.id, rev.eventId)).run();
		}
		const verb = d.decision === 'approve' ? 'godkänd och publicerad' : d.decision === 'reject' ? `avslagen (${REJECT_REASONS[reasonCode ?? 'other']})` : 'ändringar begärda';
		ctx.audit({ action: `moderation.${d.decision}`, entityType: 'event', entityId: rev.eventId, summary: `${rev.title}: ${verb}`, details: { revisionId: rev.id, reasonCode, message: d.message } });
		const link = `${siteOrigin()}/forening/aktiviteter/${rev.eventId}`;
		const replyTo = staffReplyTo(ctx.db, ctx.actor.userId);
		for (const to of organisationRecipients(ctx.db, event.organisationId))
			ctx.mail({ to, replyTo, ...mails.decision({ title: rev.title, decision: d.decision, reason: reasonCode ? REJECT_REASONS[reasonCode] : null, message: d.message, link }) });
		return { eventId: rev.eventId, decision: d.decision };
	}
});

/** Several pending versions approved, or rejected with one reason, at once from the queue. */
export const bulkDecisionSchema = z
	.object({
		revisionIds: z.array(z.number().int().positive()).min(1, 'Markera minst en aktivitet.').max(200, 'Högst 200 åt gången.'),
		decision: z.enum(['approve', 'reject'], { error: 'Välj godkänn eller avslå.' }),
		reasonCode: z.enum(Object.keys(REJECT_REASONS) as [keyof typeof REJECT_REASONS]).optional(),
		message: message.default('')
	})
	.superRefine((d, ctx) => {
		if (d.decision !== 'reject') return;
		if (!d.reasonCode) ctx.addIssue({ code: 'custom', path: ['reasonCode'], message: 'Välj ett skäl för avslaget.' });
		if (!d.message) ctx.addIssue({ code: 'custom', path: ['message'], message: 'Skriv en förklaring till föreningarna.' });
	});

/**
 * All or nothing: every marked version is decided in the one transaction, or none is. A version
 * that is no longer pending (someone else decided it, or the same form was posted twice) is skipped
 * and counted, so a double post changes nothing and says so.
 */
export const decideRevisions = defineCommand({
	name: 'moderation.decideMany',
	input: bulkDecisionSchema,
	run(ctx: CommandContext, d) {
		if (ctx.actor.kind !== 'staff') ctx.refuse(403, 'Bara personal granskar.');
		const ids = [...new Set(d.revisionIds)];
		const pending = new Set(pendingAmong(ctx.db, ids));
		const decided: number[] = [];
		for (const revisionId of ids) {
			if (!pending.has(revisionId)) continue;
			decideRevision.run(ctx, d.decision === 'approve' ? { revisionId, decision: 'approve', message: d.message } : { revisionId, decision: 'reject', reasonCode: d.reasonCode!, message: d.message });
			decided.push(revisionId);
		}
		return { decision: d.decision, decided: decided.length, skipped: ids.length - decided.length };
	}
});
