import { z } from 'zod';
import { settings, signups } from '../db/schema';
import { getSetting } from '../db/queries/settings';
import { organisationRecipients } from '../db/queries/moderation';
import { endedOccurrenceIds, pendingForDigest, digestRecipients, isPublishedEvent, organisationsMissingAttendance } from '../db/queries/jobs';
import { inArray } from 'drizzle-orm';
import { addDays, todayInStockholm } from '../../domain/dates';
import { mails } from '../mail/templates';
import { siteOrigin } from '../origin';
import { defineCommand, type CommandContext } from './runner';

const systemOnly = (ctx: CommandContext) => {
	if (ctx.actor.kind !== 'system') ctx.refuse(403, 'Bara schemalagda jobb.');
};

/**
 * A few events' dates brought up to the horizon (and in step with closures); people told of any
 * change. An event cancelled or withdrawn since the batch was chosen is skipped.
 */
export const replanEvents = defineCommand({
	name: 'job.replan_events',
	input: z.object({ eventIds: z.array(z.number().int()) }),
	run(ctx: CommandContext, input) {
		systemOnly(ctx);
		const live = input.eventIds.filter((id) => isPublishedEvent(ctx.db, id));
		for (const id of live) ctx.replan(id);
		return { eventIds: live };
	}
});

/** Privacy: sign-ups are deleted a set number of days after their date has ended. */
export const purgeExpiredSignups = defineCommand({
	name: 'job.purge_signups',
	input: z.object({ retentionDays: z.number().int().min(0) }),
	run(ctx: CommandContext, input) {
		systemOnly(ctx);
		const ids = endedOccurrenceIds(ctx.db, new Date(ctx.now.getTime() - input.retentionDays * 86_400_000));
		let removed = 0;
		for (let i = 0; i < ids.length; i += 500) removed += ctx.db.delete(signups).where(inArray(signups.occurrenceId, ids.slice(i, i + 500))).run().changes;
		if (removed) ctx.audit({ action: 'signup.purged', entityType: 'signup', entityId: null, summary: `${removed} anmälningar raderade ${input.retentionDays} dagar efter tillfället` });
		return { removed };
	}
});

/** Once a day and key: a mark in the settings table, written with the mail in one transaction. */
function onceToday(ctx: CommandContext, kind: string) {
	const key = `${kind}:${todayInStockholm(ctx.now)}`;
	if (getSetting(ctx.db, key)) return false;
	ctx.db.insert(settings).values({ key, value: '1' }).onConflictDoNothing().run();
	return true;
}

/** Once a day per organisation: a reminder for dates held more than a week ago without counts. */
export const sendAttendanceReminders = defineCommand({
	name: 'job.attendance_reminders',
	input: z.object({}),
	run(ctx: CommandContext) {
		systemOnly(ctx);
		if (!onceToday(ctx, 'reminders')) return { organisations: 0 };
		const today = todayInStockholm(ctx.now);
		const rows = organisationsMissingAttendance(ctx.db, addDays(today, -35), addDays(today, -7));
		for (const r of rows) for (const to of organisationRecipients(ctx.db, r.org)) ctx.mail({ to, ...mails.attendanceReminder({ missing: r.n, link: `${siteOrigin()}/forening/narvaro` }) });
		return { organisations: rows.length };
	}
});

/** Once a day: moderators who chose a digest get one mail listing what waits for review. */
export const sendModerationDigest = defineCommand({
	name: 'job.moderation_digest',
	input: z.object({}),
	run(ctx: CommandContext) {
		systemOnly(ctx);
		if (!onceToday(ctx, 'digest')) return { recipients: 0 };
		const pending = pendingForDigest(ctx.db);
		if (!pending.length) return { recipients: 0 };
		const list = pending.map((p) => ({ title: p.title, organisation: p.org, link: `${siteOrigin()}/personal/granskning/${p.id}` }));
		const recipients = digestRecipients(ctx.db);
		for (const to of recipients) ctx.mail({ to, ...mails.moderationDigest({ items: list }) });
		return { recipients: recipients.length };
	}
});
