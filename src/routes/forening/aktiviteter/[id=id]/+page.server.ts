import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { cancelEvent, cancelOccurrence, getOwnEvent, restoreOccurrence, upcomingOccurrences } from '$lib/server/db/queries/organiser';
import { requireOrganisation } from '$lib/server/organisation-context';
import { organiserStatus } from '$lib/domain/moderation';
import { listSignups, signupTarget } from '$lib/server/db/queries/signups';
import { mailDateCancelled } from '$lib/server/signup-mail';

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	const db = getDb();
	const own = getOwnEvent(db, organisation.id, Number(event.params.id));
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
		flash: ['sparad', 'skickad', 'publicerad'].find((k) => event.url.searchParams.has(k)) ?? null
	};
};

const noteSchema = z.string().trim().max(300, 'Meddelandet får vara högst 300 tecken.');

export const actions: Actions = {
	cancelDate: async (event) => {
		const { user, organisation } = requireOrganisation(event);
		const form = await event.request.formData();
		const note = noteSchema.safeParse(String(form.get('note') ?? ''));
		const occurrenceId = Number(form.get('occurrence'));
		if (!note.success) return fail(400, { occurrenceId, error: note.error.issues[0].message });
		if (!cancelOccurrence(getDb(), { userId: user.id, organisationId: organisation.id }, Number(event.params.id), occurrenceId, note.data))
			error(404, 'Tillfället finns inte.');
		const db = getDb();
		const target = signupTarget(db, occurrenceId);
		if (target)
			for (const s of listSignups(db, occurrenceId))
				if (s.status !== 'cancelled' && s.email) await mailDateCancelled(db, s.email, target, note.data || null);
		return { done: 'dateCancelled' as const };
	},
	restoreDate: async (event) => {
		const { user, organisation } = requireOrganisation(event);
		const form = await event.request.formData();
		if (!restoreOccurrence(getDb(), { userId: user.id, organisationId: organisation.id }, Number(event.params.id), Number(form.get('occurrence'))))
			error(404, 'Tillfället finns inte.');
		return { done: 'dateRestored' as const };
	},
	cancelEvent: async (event) => {
		const { user, organisation } = requireOrganisation(event);
		const form = await event.request.formData();
		const note = noteSchema.safeParse(String(form.get('note') ?? ''));
		if (!note.success) return fail(400, { eventError: note.error.issues[0].message });
		if (!cancelEvent(getDb(), { userId: user.id, organisationId: organisation.id }, Number(event.params.id), note.data))
			error(404, 'Aktiviteten finns inte.');
		return { done: 'eventCancelled' as const };
	}
};
