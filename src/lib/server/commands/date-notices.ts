import { and, eq, ne } from 'drizzle-orm';
import { signups } from '../db/schema';
import { signupTarget } from '../db/queries/signups';
import { eventReplyTo, organisationRecipients } from '../db/queries/moderation';
import type { DateNotice } from './dates';
import { mails } from '../mail/templates';
import type { CommandContext } from './runner';

/**
 * Everyone signed up for a date that moved, was cancelled or happens after all is told: by mail
 * where they gave an address, otherwise they are put on the organiser's call list (`call_needed`) —
 * the organisation gets one mail naming the people to phone. Each sign-up keeps a note of what
 * changed (in Swedish, for the organiser); the mail is in the language the person signed up in.
 * A date brought back before someone on the call list was phoned about its cancellation takes
 * them off the list again: there is nothing left to tell them.
 */
export function noticeDateChanges(ctx: CommandContext, notices: DateNotice[]) {
	const toCall: { name: string; phone: string | null; what: string }[] = [];
	let organisationId: number | null = null;
	let title = '';
	for (const n of notices) {
		const target = signupTarget(ctx.db, n.occurrenceId);
		if (!target) continue;
		organisationId = target.organisationId;
		title = target.title;
		const what = mails.dateChangeLine(n);
		const people = ctx.db
			.select()
			.from(signups)
			.where(and(eq(signups.occurrenceId, n.occurrenceId), ne(signups.status, 'cancelled')))
			.all();
		const cancelLine = n.kind === 'restored' ? mails.dateChangeLine({ ...n, kind: 'cancelled', after: null }) : null;
		for (const s of people) {
			if (cancelLine && !s.email && s.callNeeded && s.changeNote?.startsWith(cancelLine)) {
				ctx.db.update(signups).set({ changeNote: null, callNeeded: false }).where(eq(signups.id, s.id)).run();
				continue;
			}
			ctx.db.update(signups).set({ changeNote: what, callNeeded: !s.email }).where(eq(signups.id, s.id)).run();
			if (s.email) ctx.mail({ to: s.email, replyTo: eventReplyTo(ctx.db, target.eventId), ...mails.dateChanged({ notice: n, title: target.title, titleFi: target.titleFi, venue: target.venueName, waiting: s.status === 'waiting' }, s.locale) });
			else toCall.push({ name: s.name, phone: s.phone, what });
		}
		ctx.audit({
			action: n.kind === 'moved' ? 'signup.date_moved' : n.kind === 'restored' ? 'signup.date_restored' : 'signup.date_cancelled',
			entityType: 'occurrence',
			entityId: n.occurrenceId,
			summary: `${target.title}: ${people.length} anmälningar ${n.kind === 'moved' ? 'flyttade med till ny tid' : n.kind === 'restored' ? 'får veta att tillfället blir av ändå' : 'berörs av inställt tillfälle'}`,
			details: { ...n, signups: people.length }
		});
	}
	if (toCall.length && organisationId !== null)
		for (const to of organisationRecipients(ctx.db, organisationId)) ctx.mail({ to, ...mails.callList({ title, people: toCall }) });
}
