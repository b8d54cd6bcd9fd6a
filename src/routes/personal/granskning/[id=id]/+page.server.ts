import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { decideRevision, organisationRecipients, readableRevision } from '$lib/server/db/queries/moderation';
import { requireRole } from '$lib/server/auth/guards';
import { sendMail } from '$lib/server/mail';
import { mails } from '$lib/server/mail/templates';
import { diffRevisions, revisionFields } from '$lib/domain/revision-diff';
import { expandSchedule } from '$lib/domain/recurrence';
import { addDays, todayInStockholm } from '$lib/domain/dates';
import { REJECT_REASONS } from '$lib/domain/moderation';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const db = getDb();
	const rev = readableRevision(db, Number(event.params.id));
	if (!rev) error(404, 'Versionen finns inte.');
	const published = rev.publishedRevisionId && rev.publishedRevisionId !== rev.id ? readableRevision(db, rev.publishedRevisionId) : null;
	const today = todayInStockholm();
	const from = rev.schedule.startDate > today ? rev.schedule.startDate : today;
	return {
		revision: { id: rev.id, eventId: rev.event_id, title: rev.title, status: rev.status, organisation: rev.organisationName },
		isChange: Boolean(published),
		changes: diffRevisions(published, rev),
		fields: revisionFields(rev),
		dates: expandSchedule(rev.schedule, from, addDays(from, 400)).slice(0, 10).map((d) => ({ localDate: d.localDate, startsAt: d.startsAt.getTime(), endsAt: d.endsAt.getTime() })),
		today,
		reasons: REJECT_REASONS
	};
};

const decisionSchema = z.discriminatedUnion('decision', [
	z.object({ decision: z.literal('approve'), message: z.string().trim().max(2000, 'Högst 2000 tecken.').default('') }),
	z.object({ decision: z.literal('request_changes'), message: z.string().trim().min(1, 'Skriv vad föreningen behöver ändra.').max(2000, 'Högst 2000 tecken.') }),
	z.object({
		decision: z.literal('reject'),
		reasonCode: z.enum(Object.keys(REJECT_REASONS) as [keyof typeof REJECT_REASONS], { error: 'Välj ett skäl.' }),
		message: z.string().trim().min(1, 'Skriv en förklaring till föreningen.').max(2000, 'Högst 2000 tecken.')
	})
]);

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const form = await event.request.formData();
		const values = { decision: String(form.get('decision') ?? ''), message: String(form.get('message') ?? ''), reasonCode: String(form.get('reasonCode') ?? '') };
		const parsed = decisionSchema.safeParse({ ...values, reasonCode: values.reasonCode || undefined });
		if (!parsed.success) {
			const errors: Record<string, string> = {};
			for (const i of parsed.error.issues) errors[String(i.path[0] ?? 'decision')] ??= i.path[0] === 'decision' ? 'Välj ett beslut.' : i.message;
			return fail(400, { values, errors });
		}
		const d = parsed.data;
		const reasonCode = d.decision === 'reject' ? d.reasonCode : null;
		const db = getDb();
		const result = decideRevision(db, user.id, Number(event.params.id), d.decision, reasonCode, d.message);
		if (!result.ok) return fail(409, { values, errors: { form: 'notPending' } as Record<string, string> });
		const link = `${event.url.origin}/forening/aktiviteter/${result.eventId}`;
		for (const to of organisationRecipients(db, result.organisationId))
			await sendMail(db, { to, ...mails.decision({ title: result.title, decision: d.decision, reason: reasonCode ? REJECT_REASONS[reasonCode] : null, message: d.message, link }) });
		return { decided: d.decision };
	}
};
