import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { events } from '../db/schema';
import { getOwnEvent } from '../db/queries/organiser';
import { activeOrganisation } from '../db/queries/event-form';
import { immediateModeratorEmails } from '../db/queries/moderation';
import { publishesDirectly } from '../../domain/moderation';
import { scheduleForTerm, type BreakChange } from '../../domain/terms';
import { isValidDate, todayInStockholm } from '../../domain/dates';
import { mails } from '../mail/templates';
import { siteOrigin } from '../origin';
import { defineCommand, type CommandContext } from './runner';
import { createEvent, markPublished } from './revisions';
import { savedContent } from './events';

const date = z.string().refine(isValidDate, 'Skriv datumet som år-månad-dag, till exempel 2027-01-11.');

export const termCopyInput = z
	.object({
		eventId: z.number().int().positive(),
		from: date,
		to: date,
		/** The form's one-time key: the same form posted twice gives one copy. */
		formKey: z.string().min(16, 'Formuläret är för gammalt. Ladda om sidan och försök igen.').max(100)
	})
	.refine((v) => v.to >= v.from, { path: ['to'], message: 'Sista dagen behöver vara efter den första.' });

export type TermCopyResult = { eventId: number; repeated: boolean; published: boolean; breaks: BreakChange[]; droppedExceptions: string[] };

const keyHash = (key: string) => createHash('sha256').update(`term-copy:${key}`).digest('base64url');

/**
 * "Ny termin": a new series with the same content as an existing one, on the new term's dates, its
 * breaks moved to the same weeks (or dropped), submitted as ONE revision for review (a trusted
 * organisation or staff publish at once). The copy's form key makes a second post find the first copy.
 */
export const copySeriesToTerm = defineCommand({
	name: 'event.copyToTerm',
	input: termCopyInput,
	run(ctx: CommandContext, input): TermCopyResult {
		const { db, actor, now } = ctx;
		if (actor.kind !== 'staff' && actor.kind !== 'organiser') ctx.refuse(403, 'Du har inte behörighet att kopiera aktiviteter.');
		const own = getOwnEvent(db, actor.kind === 'organiser' ? actor.organisationId : null, input.eventId);
		if (!own) ctx.refuse(404, 'Aktiviteten finns inte.');
		const source = own.revision.schedule;
		if (source.kind === 'once') ctx.refuse(409, 'En aktivitet som är en gång kan kopieras, men inte flyttas till en ny termin.');
		const copy = scheduleForTerm(source, { from: input.from, to: input.to });
		const hash = keyHash(input.formKey);
		const earlier = db.select({ id: events.id, status: events.status }).from(events).where(eq(events.requestKeyHash, hash)).get();
		if (earlier) return { eventId: earlier.id, repeated: true, published: earlier.status === 'published', ...copy };

		const today = todayInStockholm(now);
		const errors: Record<string, string> = {};
		if (input.to < today) errors.to = 'Terminen är redan slut. Välj en termin som ligger framåt.';
		if (input.from > `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`) errors.from = 'Terminen får börja högst två år fram i tiden.';
		if (Object.keys(errors).length) ctx.fail(input, errors);
		const org = activeOrganisation(db, own.event.organisationId);
		if (!org) ctx.refuse(403, 'Föreningen är inte aktiv.');

		const content = { ...savedContent(own), schedule: copy.schedule, createdByUserId: actor.userId };
		const { eventId, revisionId } = createEvent(db, own.event.organisationId, content, { status: 'pending', now });
		db.update(events).set({ copiedFromEventId: own.event.id, requestKeyHash: hash }).where(eq(events.id, eventId)).run();
		const direct = actor.kind === 'staff' || publishesDirectly(org);
		if (direct) {
			markPublished(db, revisionId, now);
			ctx.replan(eventId);
			ctx.invalidate({ eventIds: [eventId] });
		}
		const moved = copy.breaks.filter((b) => b.how !== 'kept').length;
		ctx.audit({
			action: direct ? 'event.published_directly' : 'event.submitted',
			entityType: 'event',
			entityId: eventId,
			summary: `${content.title}: ny termin ${input.from}–${input.to} (kopia av ${own.event.id}), ${direct ? 'publicerad direkt' : 'skickad för granskning'}`,
			details: { revisionId, copiedFrom: own.event.id, breaksAdjusted: moved, exceptionsDropped: copy.droppedExceptions.length }
		});
		if (!direct)
			for (const to of immediateModeratorEmails(db))
				ctx.mail({ to, ...mails.newSubmission({ title: content.title, organisation: org.name, link: `${siteOrigin()}/personal/granskning/${revisionId}` }) });
		return { eventId, repeated: false, published: direct, ...copy };
	}
});
