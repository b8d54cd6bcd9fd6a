import { and, eq, inArray, gte } from 'drizzle-orm';
import type { Db } from '../index';
import {
	events,
	eventRevisions,
	moderationDecisions,
	occurrences,
	organisations,
	revisionAudiences,
	revisionLanguages,
	venues
} from '../schema';
import { organiserStatus, publishesDirectly, type OrganiserStatus } from '../../../domain/moderation';
import { createEvent, publishRevision, type RevisionContent } from './events';
import { logAudit } from './audit';
import { reindexEvent } from './search';
import { invalidateCache } from '../../cache';

export type OrganiserEventRow = {
	id: number;
	title: string;
	status: OrganiserStatus;
	nextDate: number | null;
	lastMessage: string | null;
};

/** The organisation's events with the status an organiser understands. */
export function listOrganisationEvents(db: Db, organisationId: number, now = new Date()): OrganiserEventRow[] {
	const rows = db.$client
		.prepare(
			`SELECT e.id, e.status AS eventStatus, r.title, r.status AS revisionStatus,
			 (SELECT min(o.starts_at) FROM occurrences o WHERE o.event_id = e.id AND o.ends_at >= ? AND o.cancelled = 0) AS nextDate,
			 (SELECT d.message FROM moderation_decisions d WHERE d.event_id = e.id ORDER BY d.decided_at DESC, d.id DESC LIMIT 1) AS lastMessage
			 FROM events e JOIN event_revisions r ON r.id = e.latest_revision_id
			 WHERE e.organisation_id = ? ORDER BY e.updated_at DESC`
		)
		.all(now.getTime(), organisationId) as {
		id: number;
		eventStatus: 'draft' | 'published' | 'cancelled' | 'rejected';
		title: string;
		revisionStatus: Parameters<typeof organiserStatus>[0]['latestRevisionStatus'];
		nextDate: number | null;
		lastMessage: string | null;
	}[];
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		nextDate: r.nextDate,
		lastMessage: r.lastMessage,
		status: organiserStatus({ eventStatus: r.eventStatus, latestRevisionStatus: r.revisionStatus, hasUpcoming: r.nextDate !== null })
	}));
}

/** An event of this organisation with its newest revision, or null (also when it belongs to another). */
export function getOwnEvent(db: Db, organisationId: number | null, eventId: number) {
	const event = db
		.select()
		.from(events)
		.where(organisationId === null ? eq(events.id, eventId) : and(eq(events.id, eventId), eq(events.organisationId, organisationId)))
		.get();
	if (!event?.latestRevisionId) return null;
	const revision = db.select().from(eventRevisions).where(eq(eventRevisions.id, event.latestRevisionId)).get()!;
	const audienceIds = db.select({ id: revisionAudiences.audienceId }).from(revisionAudiences).where(eq(revisionAudiences.revisionId, revision.id)).all().map((a) => a.id);
	const languageCodes = db.select({ code: revisionLanguages.languageCode }).from(revisionLanguages).where(eq(revisionLanguages.revisionId, revision.id)).all().map((l) => l.code);
	const decisions = db.select().from(moderationDecisions).where(eq(moderationDecisions.eventId, eventId)).all().reverse();
	return { event, revision, audienceIds, languageCodes, decisions };
}

export function upcomingOccurrences(db: Db, eventId: number, now = new Date(), limit = 60) {
	return db
		.select()
		.from(occurrences)
		.where(and(eq(occurrences.eventId, eventId), gte(occurrences.endsAt, now)))
		.orderBy(occurrences.startsAt)
		.limit(limit)
		.all();
}

type Actor = { userId: number; organisationId: number };

/**
 * Saves a new revision. A draft stays private; a submitted one waits for review, unless the
 * organisation publishes directly. The published revision stays live until a newer one is approved.
 */
export function saveEventRevision(
	db: Db,
	actor: Actor,
	eventId: number | null,
	content: RevisionContent,
	submit: boolean,
	now = new Date(),
	opts: { staff?: boolean } = {}
): { eventId: number; published: boolean } | null {
	const org = db.select().from(organisations).where(eq(organisations.id, actor.organisationId)).get();
	if (!org) return null;
	const status = submit ? 'pending' : 'draft';
	let id: number;
	let revisionId: number;
	if (eventId === null) {
		({ eventId: id, revisionId } = createEvent(db, org.id, { ...content, createdByUserId: actor.userId }, { status, now }));
	} else {
		const own = getOwnEvent(db, org.id, eventId);
		if (!own) return null;
		id = eventId;
		revisionId = db.transaction((tx) => {
			tx.update(eventRevisions)
				.set({ status: 'superseded' })
				.where(and(eq(eventRevisions.eventId, id), inArray(eventRevisions.status, ['draft', 'pending', 'changes_requested', 'rejected'])))
				.run();
			const { audienceIds, languageCodes, ...columns } = content;
			const rev = tx
				.insert(eventRevisions)
				.values({ ...columns, eventId: id, status, createdByUserId: actor.userId, createdAt: now, submittedAt: submit ? now : null })
				.returning({ id: eventRevisions.id })
				.get();
			if (audienceIds.length) tx.insert(revisionAudiences).values(audienceIds.map((audienceId) => ({ revisionId: rev.id, audienceId }))).run();
			if (languageCodes.length) tx.insert(revisionLanguages).values(languageCodes.map((languageCode) => ({ revisionId: rev.id, languageCode }))).run();
			tx.update(events).set({ latestRevisionId: rev.id, updatedAt: now }).where(eq(events.id, id)).run();
			return rev.id;
		});
	}
	// Staff publish directly; so do trusted organisations and municipal units (still logged).
	const direct = submit && (opts.staff === true || publishesDirectly(org));
	if (direct) {
		publishRevision(db, revisionId, { now });
		invalidateCache();
	}
	logAudit(db, {
		actorUserId: actor.userId,
		action: direct ? 'event.published_directly' : submit ? 'event.submitted' : 'event.draft_saved',
		entityType: 'event',
		entityId: id,
		summary: `${content.title}: ${direct ? (opts.staff ? 'publicerad direkt av personal' : 'publicerad direkt (betrodd arrangör)') : submit ? 'skickad för granskning' : 'sparad som utkast'}`,
		details: { revisionId }
	}, now);
	return { eventId: id, published: direct };
}

/** Cancels one date with a public note; the organisation must own the event (checked in the query). */
export function cancelOccurrence(db: Db, actor: { userId: number; organisationId: number | null }, eventId: number, occurrenceId: number, note: string) {
	const own = getOwnEvent(db, actor.organisationId, eventId);
	if (!own) return false;
	const result = db
		.update(occurrences)
		.set({ cancelled: true, cancelNote: note || null })
		.where(and(eq(occurrences.id, occurrenceId), eq(occurrences.eventId, eventId)))
		.run();
	if (!result.changes) return false;
	logAudit(db, { actorUserId: actor.userId, action: 'occurrence.cancelled', entityType: 'occurrence', entityId: occurrenceId, summary: `${own.revision.title}: ett tillfälle inställt`, details: { eventId, note } });
	invalidateCache();
	return true;
}

export function restoreOccurrence(db: Db, actor: { userId: number; organisationId: number | null }, eventId: number, occurrenceId: number) {
	const own = getOwnEvent(db, actor.organisationId, eventId);
	if (!own) return false;
	const result = db
		.update(occurrences)
		.set({ cancelled: false, cancelNote: null })
		.where(and(eq(occurrences.id, occurrenceId), eq(occurrences.eventId, eventId)))
		.run();
	if (result.changes) {
		logAudit(db, { actorUserId: actor.userId, action: 'occurrence.restored', entityType: 'occurrence', entityId: occurrenceId, summary: `${own.revision.title}: tillfälle blir av igen`, details: { eventId } });
		invalidateCache();
	}
	return result.changes > 0;
}

/** Cancels the whole event: it stays visible as cancelled, with the note. */
export function cancelEvent(db: Db, actor: { userId: number; organisationId: number | null }, eventId: number, note: string, now = new Date()) {
	const own = getOwnEvent(db, actor.organisationId, eventId);
	if (!own || own.event.status === 'cancelled') return false;
	db.transaction((tx) => {
		tx.update(events).set({ status: 'cancelled', cancelNote: note || null, updatedAt: now }).where(eq(events.id, eventId)).run();
		tx.update(occurrences)
			.set({ cancelled: true, cancelNote: note || null })
			.where(and(eq(occurrences.eventId, eventId), gte(occurrences.startsAt, now)))
			.run();
	});
	reindexEvent(db, eventId);
	logAudit(db, { actorUserId: actor.userId, action: 'event.cancelled', entityType: 'event', entityId: eventId, summary: `${own.revision.title}: hela aktiviteten inställd`, details: { note } }, now);
	invalidateCache();
	return true;
}

/** A venue an organiser proposes; hidden until staff approve it. */
export function proposeVenue(
	db: Db,
	organisationId: number,
	v: { name: string; address: string; postcode: string; districtId: number; lat: number; lng: number }
) {
	const slugBase = v.name.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'plats';
	let slug = slugBase;
	for (let i = 2; db.select({ id: venues.id }).from(venues).where(eq(venues.slug, slug)).get(); i++) slug = `${slugBase}-${i}`;
	return db
		.insert(venues)
		.values({ ...v, slug, kind: 'other', city: 'Karlskoga', status: 'proposed', proposedByOrganisationId: organisationId })
		.returning({ id: venues.id })
		.get().id;
}

/** Approved venues plus this organisation's own proposals, for the event form. */
export function venueOptions(db: Db, organisationId: number) {
	return db
		.select({ id: venues.id, name: venues.name, status: venues.status, proposedBy: venues.proposedByOrganisationId })
		.from(venues)
		.orderBy(venues.name)
		.all()
		.filter((v) => v.status === 'approved' || v.proposedBy === organisationId);
}


/**
 * Deletes an event that only ever was a draft: never published, never sent for review, no decision
 * on record (anything that reached a moderator stays, for traceability). Returns false otherwise.
 */
export function deleteDraft(db: Db, actor: { userId: number; organisationId: number | null }, eventId: number): boolean | null {
	const own = getOwnEvent(db, actor.organisationId, eventId);
	if (!own) return null;
	const submitted = db.$client.prepare(`SELECT count(*) AS n FROM event_revisions WHERE event_id = ? AND submitted_at IS NOT NULL`).get(eventId) as { n: number };
	if (own.event.publishedRevisionId || own.event.status !== 'draft' || own.decisions.length || submitted.n) return false;
	db.delete(events).where(eq(events.id, eventId)).run();
	logAudit(db, { actorUserId: actor.userId, action: 'event.draft_deleted', entityType: 'event', entityId: eventId, summary: `${own.revision.title}: utkast borttaget` });
	return true;
}
