import { z } from 'zod';
import { and, eq, gte, sql } from 'drizzle-orm';
import { events, occurrences } from '../db/schema';
import { getOwnEvent } from '../db/queries/organiser';
import { hasBeenSubmitted } from '../db/queries/events-read';
import { defineCommand, type CommandContext } from './runner';

const note = z.string().trim().max(300, 'Meddelandet får vara högst 300 tecken.');
const confirm = z.boolean().default(false);

/** The actor's event, or a refusal (an organiser only reaches their organisation's events). */
function ownEvent(ctx: CommandContext, eventId: number) {
	const { actor } = ctx;
	if (actor.kind !== 'staff' && actor.kind !== 'organiser') ctx.refuse(403, 'Du har inte behörighet att ändra aktiviteter.');
	const own = getOwnEvent(ctx.db, actor.kind === 'organiser' ? actor.organisationId : null, eventId);
	if (!own) ctx.refuse(404, 'Aktiviteten finns inte.');
	return own;
}

function dateOf(ctx: CommandContext, eventId: number, occurrenceId: number) {
	const o = ctx.db.select().from(occurrences).where(and(eq(occurrences.id, occurrenceId), eq(occurrences.eventId, eventId))).get();
	if (!o) ctx.refuse(404, 'Tillfället finns inte.');
	return o;
}

const span = (o: { localDate: string; startsAt: Date; endsAt: Date }) => ({ localDate: o.localDate, startsAt: o.startsAt.getTime(), endsAt: o.endsAt.getTime() });
const bump = (now: Date) => ({ sequence: sql`${occurrences.sequence} + 1`, updatedAt: now });

/** Cancels one date with a public note; people signed up are told. */
export const cancelDate = defineCommand({
	name: 'occurrence.cancel',
	input: z.object({ eventId: z.number().int(), occurrenceId: z.number().int(), note }),
	run(ctx: CommandContext, input) {
		const own = ownEvent(ctx, input.eventId);
		const o = dateOf(ctx, input.eventId, input.occurrenceId);
		if (o.cancelled) return { changed: false };
		ctx.db.update(occurrences).set({ cancelled: true, cancelNote: input.note || null, cancelReason: 'organiser', ...bump(ctx.now) }).where(eq(occurrences.id, o.id)).run();
		ctx.notify({ occurrenceId: o.id, kind: 'cancelled', before: span(o), after: null, note: input.note || null });
		ctx.invalidate({ eventIds: [input.eventId] });
		ctx.audit({ action: 'occurrence.cancelled', entityType: 'occurrence', entityId: o.id, summary: `${own.revision.title}: ett tillfälle inställt`, details: { eventId: input.eventId, note: input.note } });
		return { changed: true };
	}
});

/** Brings back a date cancelled by hand (not one of a cancelled activity); people signed up are told it happens after all. */
export const restoreDate = defineCommand({
	name: 'occurrence.restore',
	input: z.object({ eventId: z.number().int(), occurrenceId: z.number().int() }),
	run(ctx: CommandContext, input) {
		const own = ownEvent(ctx, input.eventId);
		if (own.event.status === 'cancelled') ctx.fail(input, { form: 'Hela aktiviteten är inställd, så enskilda tillfällen kan inte bli av.' });
		const o = dateOf(ctx, input.eventId, input.occurrenceId);
		if (!o.cancelled) return { changed: false };
		if (o.cancelReason === 'closure') ctx.fail(input, { form: 'Lokalen är stängd den dagen. Ändra platsens öppettider först, eller välj en annan plats.' });
		ctx.db.update(occurrences).set({ cancelled: false, cancelNote: null, cancelReason: null, ...bump(ctx.now) }).where(eq(occurrences.id, o.id)).run();
		ctx.notify({ occurrenceId: o.id, kind: 'restored', before: span(o), after: null, note: null });
		ctx.invalidate({ eventIds: [input.eventId] });
		ctx.audit({ action: 'occurrence.restored', entityType: 'occurrence', entityId: o.id, summary: `${own.revision.title}: tillfälle blir av igen`, details: { eventId: input.eventId } });
		return { changed: true };
	}
});

/** Cancels the whole activity: it stays visible as cancelled with the note; every future date is cancelled and its people told. */
export const cancelEvent = defineCommand({
	name: 'event.cancel',
	input: z.object({ eventId: z.number().int(), note, confirm }),
	run(ctx: CommandContext, input) {
		const own = ownEvent(ctx, input.eventId);
		if (!input.confirm) ctx.fail(input, { confirm: 'Kryssa i rutan för att bekräfta att alla kommande tillfällen ställs in.' });
		if (own.event.status === 'cancelled') return { changed: false };
		const future = ctx.db.select().from(occurrences).where(and(eq(occurrences.eventId, input.eventId), gte(occurrences.startsAt, ctx.now))).all();
		ctx.db.update(events).set({ status: 'cancelled', cancelNote: input.note || null, updatedAt: ctx.now }).where(eq(events.id, input.eventId)).run();
		for (const o of future) {
			if (o.cancelled) continue;
			ctx.db.update(occurrences).set({ cancelled: true, cancelNote: input.note || null, cancelReason: 'event', ...bump(ctx.now) }).where(eq(occurrences.id, o.id)).run();
			ctx.notify({ occurrenceId: o.id, kind: 'cancelled', before: span(o), after: null, note: input.note || null });
		}
		ctx.invalidate({ eventIds: [input.eventId] });
		ctx.audit({ action: 'event.cancelled', entityType: 'event', entityId: input.eventId, summary: `${own.revision.title}: hela aktiviteten inställd`, details: { note: input.note } });
		return { changed: true };
	}
});

/**
 * Deletes an event that only ever was a draft: never published, never sent for review, no decision
 * on record (anything that reached a moderator stays, for traceability).
 */
export const deleteDraft = defineCommand({
	name: 'event.delete_draft',
	input: z.object({ eventId: z.number().int(), confirm }),
	run(ctx: CommandContext, input) {
		const own = ownEvent(ctx, input.eventId);
		if (!input.confirm) ctx.fail(input, { confirm: 'Kryssa i rutan för att bekräfta att utkastet ska tas bort.' });
		if (own.event.publishedRevisionId || own.event.status !== 'draft' || own.decisions.length || hasBeenSubmitted(ctx.db, input.eventId))
			ctx.fail(input, { form: 'Bara ett utkast som aldrig har skickats in kan tas bort.' });
		ctx.db.delete(events).where(eq(events.id, input.eventId)).run();
		ctx.audit({ action: 'event.draft_deleted', entityType: 'event', entityId: input.eventId, summary: `${own.revision.title}: utkast borttaget` });
		return { changed: true };
	}
});
