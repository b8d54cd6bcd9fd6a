import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { readableRevision } from '$lib/server/db/queries/moderation';
import { lastModeratorComment } from '$lib/server/db/queries/review-comment';
import { impactOfSchedule } from '$lib/server/db/queries/occurrences';
import { requireRole } from '$lib/server/auth/guards';
import { staffActor } from '$lib/server/commands/actor';
import { runForm } from '$lib/server/commands/form';
import { decideRevision } from '$lib/server/commands/moderation';
import { diffRevisions, revisionFields } from '$lib/domain/revision-diff';
import { expandSchedule } from '$lib/domain/recurrence';
import { addDays, instantToZoned, todayInStockholm } from '$lib/domain/dates';
import { REJECT_REASONS } from '$lib/domain/moderation';
import { filterQuery, nextInQueue, queueFilters } from '$lib/server/review-queue';

function impactSummary(i: ReturnType<typeof impactOfSchedule>) {
	const count = (list: { before?: { people: number }; stored?: { people: number } }[]) => list.reduce((n, x) => n + (x.before?.people ?? x.stored?.people ?? 0), 0);
	return { people: i.people, moved: count(i.moved), cancelled: count(i.cancelled) };
}

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const db = getDb();
	const rev = readableRevision(db, Number(event.params.id));
	if (!rev) error(404, 'Versionen finns inte.');
	const published = rev.publishedRevisionId && rev.publishedRevisionId !== rev.id ? readableRevision(db, rev.publishedRevisionId) : null;
	const today = todayInStockholm();
	const from = rev.schedule.startDate > today ? rev.schedule.startDate : today;
	const filters = queueFilters(event.url);
	// What the organiser changed in answer to the moderator: the version commented on against this one.
	const comment = lastModeratorComment(db, rev.event_id, rev.id);
	const commented = comment ? readableRevision(db, comment.revisionId) : null;
	return {
		sinceComment:
			comment && commented
				? { message: comment.message ?? '', localDate: instantToZoned(new Date(comment.decidedAt)).date, moderator: comment.moderator, changes: diffRevisions(commented, rev) }
				: null,
		filterQuery: filterQuery(filters),
		savedPrevious: event.url.searchParams.has('sparad'),
		revision: { id: rev.id, eventId: rev.event_id, title: rev.title, status: rev.status, organisation: rev.organisationName },
		isChange: Boolean(published),
		copiedFromEventId: rev.copiedFromEventId,
		changes: diffRevisions(published, rev),
		fields: revisionFields(rev),
		dates: expandSchedule(rev.schedule, from, addDays(from, 400)).slice(0, 10).map((d) => ({ localDate: d.localDate, startsAt: d.startsAt.getTime(), endsAt: d.endsAt.getTime() })),
		today,
		reasons: REJECT_REASONS,
		// How many people signed up for the published dates this change would move or cancel.
		impact: published && rev.status === 'pending' ? impactSummary(impactOfSchedule(db, rev.event_id, rev.schedule, (rev.venue_id as number | null) ?? null, new Date())) : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const actor = staffActor(event);
		const form = await event.request.formData();
		const values = { decision: String(form.get('decision') ?? ''), message: String(form.get('message') ?? ''), reasonCode: String(form.get('reasonCode') ?? '') };
		const input = { revisionId: Number(event.params.id), decision: values.decision, message: values.message, reasonCode: values.reasonCode || undefined };
		const { value, failure } = await runForm(decideRevision, actor, input, { values });
		if (failure) return failure;
		// "Spara och visa nästa": straight on to the next in the queue as filtered, keeping the filters.
		if (form.get('next') === '1') {
			const filters = queueFilters(event.url);
			const next = nextInQueue(filters, input.revisionId);
			const q = filterQuery(filters);
			redirect(303, next ? `/personal/granskning/${next}${q ? `${q}&` : '?'}sparad=1` : `/personal/granskning${q ? `${q}&` : '?'}klar=1`);
		}
		return { decided: value.decision };
	}
};
