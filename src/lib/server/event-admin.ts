import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from './db';
import { cancelEvent, cancelOccurrence, deleteDraft, getOwnEvent, restoreOccurrence, upcomingOccurrences } from './db/queries/organiser';
import { organiserStatus } from '../domain/moderation';
import { todayInStockholm } from '../domain/dates';
import { listSignups, signupTarget } from './db/queries/signups';
import { mailDateCancelled } from './signup-mail';

/** Who acts: an organiser for their organisation, or staff (organisationId null = any event). */
export type EventActor = { userId: number; organisationId: number | null };

/** The event admin view: status, decisions and upcoming dates with sign-up counts. */
export function loadEventAdmin(organisationId: number | null, eventId: number, url: URL) {
	const db = getDb();
	const own = getOwnEvent(db, organisationId, eventId);
	if (!own) error(404, 'Aktiviteten finns inte.');
	const counts = new Map(
		(db.$client
			.prepare(`SELECT occurrence_id AS id, sum(people) AS n FROM signups WHERE status != 'cancelled' AND occurrence_id IN (SELECT id FROM occurrences WHERE event_id = ?) GROUP BY occurrence_id`)
			.all(own.event.id) as { id: number; n: number }[]).map((r) => [r.id, r.n])
	);
	const dates = upcomingOccurrences(db, own.event.id).map((o) => ({ id: o.id, localDate: o.localDate, startsAt: o.startsAt.getTime(), endsAt: o.endsAt.getTime(), cancelled: o.cancelled, cancelNote: o.cancelNote, signups: counts.get(o.id) ?? 0 }));
	return {
		event: { id: own.event.id, published: Boolean(own.event.publishedRevisionId), title: own.revision.title, summary: own.revision.summary, takesSignups: own.revision.signupRequired || own.revision.signupOnline },
		status: organiserStatus({ eventStatus: own.event.status, latestRevisionStatus: own.revision.status, hasUpcoming: dates.some((d) => !d.cancelled) }),
		decisions: own.decisions.map((d) => ({ decision: d.decision, reasonCode: d.reasonCode, message: d.message, decidedAt: d.decidedAt.getTime() })),
		dates,
		flash: ['sparad', 'skickad', 'publicerad'].find((k) => url.searchParams.has(k)) ?? null,
		today: todayInStockholm()
	};
}

const noteSchema = z.string().trim().max(300, 'Meddelandet får vara högst 300 tecken.');

/** Cancel or restore a date, or cancel the whole event; ownership is checked in each query. */
export const eventAdminActions = (actorOf: (event: RequestEvent) => EventActor) => ({
	cancelDate: async (event: RequestEvent) => {
		const actor = actorOf(event);
		const form = await event.request.formData();
		const typed = String(form.get('note') ?? '');
		const note = noteSchema.safeParse(typed);
		const occurrenceId = Number(form.get('occurrence'));
		if (!note.success) return fail(400, { occurrenceId, error: note.error.issues[0].message, note: typed.slice(0, 2000) });
		const eventId = Number((event.params as Record<string, string>).id);
		if (!cancelOccurrence(getDb(), actor, eventId, occurrenceId, note.data)) error(404, 'Tillfället finns inte.');
		const db = getDb();
		const target = signupTarget(db, occurrenceId);
		if (target)
			for (const s of listSignups(db, occurrenceId))
				if (s.status !== 'cancelled' && s.email) await mailDateCancelled(db, s.email, target, note.data || null);
		return { done: 'dateCancelled' as const };
	},
	restoreDate: async (event: RequestEvent) => {
		const actor = actorOf(event);
		const form = await event.request.formData();
		const eventId = Number((event.params as Record<string, string>).id);
		const own = getOwnEvent(getDb(), actor.organisationId, eventId);
		if (own?.event.status === 'cancelled') return fail(400, { eventError: 'Hela aktiviteten är inställd, så enskilda tillfällen kan inte bli av.' });
		if (!restoreOccurrence(getDb(), actor, eventId, Number(form.get('occurrence')))) error(404, 'Tillfället finns inte.');
		return { done: 'dateRestored' as const };
	},
	deleteDraft: async (event: RequestEvent) => {
		const actor = actorOf(event);
		const form = await event.request.formData();
		const eventId = Number((event.params as Record<string, string>).id);
		if (!getOwnEvent(getDb(), actor.organisationId, eventId)) error(404, 'Aktiviteten finns inte.');
		if (form.get('confirm') !== 'ja') return fail(400, { deleteError: 'Kryssa i rutan för att bekräfta att utkastet ska tas bort.' });
		const done = deleteDraft(getDb(), actor, eventId);
		if (done === null) error(404, 'Aktiviteten finns inte.');
		if (!done) return fail(400, { deleteError: 'Bara ett utkast som aldrig har skickats in kan tas bort.' });
		redirect(303, actor.organisationId === null ? '/personal/aktiviteter?borttagen' : '/forening?borttagen');
	},
	cancelEvent: async (event: RequestEvent) => {
		const actor = actorOf(event);
		const form = await event.request.formData();
		const typed = String(form.get('note') ?? '');
		const note = noteSchema.safeParse(typed);
		if (!note.success) return fail(400, { eventError: note.error.issues[0].message, eventNote: typed.slice(0, 2000) });
		const eventId = Number((event.params as Record<string, string>).id);
		if (!getOwnEvent(getDb(), actor.organisationId, eventId)) error(404, 'Aktiviteten finns inte.');
		// It cannot be undone by the organiser: ask for a deliberate yes.
		if (form.get('confirm') !== 'ja') return fail(400, { eventError: 'Kryssa i rutan för att bekräfta att alla kommande tillfällen ställs in.', eventNote: typed, confirmMissing: true });
		if (!cancelEvent(getDb(), actor, eventId, note.data)) error(404, 'Aktiviteten finns inte.');
		await mailSignupsOfCancelledEvent(eventId, note.data || null);
		return { done: 'eventCancelled' as const };
	}
});

/** Everyone signed up for a future date of a cancelled event is told (those who gave an e-mail). */
async function mailSignupsOfCancelledEvent(eventId: number, note: string | null) {
	const db = getDb();
	const dates = db.$client.prepare('SELECT id FROM occurrences WHERE event_id = ? AND starts_at > ?').all(eventId, Date.now()) as { id: number }[];
	for (const { id } of dates) {
		const target = signupTarget(db, id);
		if (!target) continue;
		for (const s of listSignups(db, id)) if (s.status !== 'cancelled' && s.email) await mailDateCancelled(db, s.email, target, note);
	}
}
