import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { getDb } from './db';
import { getOwnEvent } from './db/queries/organiser';
import { eventDatesForAdmin, peopleToCall } from './db/queries/event-admin';
import { organiserStatus } from '../domain/moderation';
import { todayInStockholm } from '../domain/dates';
import type { Actor } from './commands/actor';
import { runForm } from './commands/form';
import { cancelDate, cancelEvent, deleteDraft, restoreDate } from './commands/event-dates';

const FLASHES = ['sparad', 'skickad', 'publicerad', 'oforandrad', 'installt', 'blir-av', 'aktiviteten-installd'] as const;
/** After a date or the activity is cancelled or restored the page is fetched again (no form left to re-send on reload). */
const done = (event: RequestEvent, flash: (typeof FLASHES)[number]): never => redirect(303, `${event.url.pathname}?${flash}`);

/** The event admin view: status, decisions, upcoming dates with sign-up counts, and people to phone. */
export function loadEventAdmin(scope: number | null, eventId: number, url: URL) {
	const db = getDb();
	const own = getOwnEvent(db, scope, eventId);
	if (!own) error(404, 'Aktiviteten finns inte.');
	const dates = eventDatesForAdmin(db, own.event.id);
	return {
		event: { id: own.event.id, published: Boolean(own.event.publishedRevisionId), title: own.revision.title, summary: own.revision.summary, takesSignups: own.revision.signupRequired || own.revision.signupOnline, series: own.revision.schedule.kind !== 'once' },
		status: organiserStatus({ eventStatus: own.event.status, latestRevisionStatus: own.revision.status, hasUpcoming: dates.some((d) => !d.cancelled) }),
		decisions: own.decisions.map((d) => ({ decision: d.decision, reasonCode: d.reasonCode, message: d.message, decidedAt: d.decidedAt.getTime() })),
		dates,
		toCall: peopleToCall(db, own.event.id),
		flash: FLASHES.find((k) => url.searchParams.has(k)) ?? null,
		newTerm: url.searchParams.has('ny-termin'),
		affectedPeople: Number(url.searchParams.get('berorda')) || 0,
		today: todayInStockholm()
	};
}

const text = (form: FormData, key: string) => String(form.get(key) ?? '');
const eventIdOf = (event: RequestEvent) => Number((event.params as Record<string, string>).id);

/** Cancel or restore a date, cancel the whole event, delete a draft — each one command. */
export const eventAdminActions = (actorOf: (event: RequestEvent) => Actor) => ({
	cancelDate: async (event: RequestEvent) => {
		const actor = actorOf(event);
		const form = await event.request.formData();
		const values = { occurrence: text(form, 'occurrence'), note: text(form, 'note') };
		const { failure } = await runForm(cancelDate, actor, { eventId: eventIdOf(event), occurrenceId: Number(values.occurrence), note: values.note }, { values, action: 'cancelDate' });
		return failure ?? done(event, 'installt');
	},
	restoreDate: async (event: RequestEvent) => {
		const actor = actorOf(event);
		const form = await event.request.formData();
		const values = { occurrence: text(form, 'occurrence') };
		const { failure } = await runForm(restoreDate, actor, { eventId: eventIdOf(event), occurrenceId: Number(values.occurrence) }, { values, action: 'restoreDate' });
		return failure ?? done(event, 'blir-av');
	},
	deleteDraft: async (event: RequestEvent) => {
		const actor = actorOf(event);
		const form = await event.request.formData();
		const { failure } = await runForm(deleteDraft, actor, { eventId: eventIdOf(event), confirm: form.get('confirm') === 'ja' }, { values: {}, action: 'deleteDraft' });
		if (failure) return failure;
		redirect(303, actor.kind === 'staff' ? '/personal/aktiviteter?borttagen' : '/forening?borttagen');
	},
	cancelEvent: async (event: RequestEvent) => {
		const actor = actorOf(event);
		const form = await event.request.formData();
		const values = { note: text(form, 'note') };
		const { failure } = await runForm(cancelEvent, actor, { eventId: eventIdOf(event), note: values.note, confirm: form.get('confirm') === 'ja' }, { values, action: 'cancelEvent' });
		return failure ?? done(event, 'aktiviteten-installd');
	}
});
