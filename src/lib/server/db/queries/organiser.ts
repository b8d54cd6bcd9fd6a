import { and, eq, gte } from 'drizzle-orm';
import type { Db } from '../index';
import {
	events,
	eventRevisions,
	moderationDecisions,
	occurrences,
	revisionAudiences,
	revisionLanguages
} from '../schema';
import { organiserStatus, type OrganiserStatus } from '../../../domain/moderation';

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

export function upcomingOccurrences(db: Db, eventId: number, now = new Date(), limit = 10_000) {
	return db
		.select()
		.from(occurrences)
		.where(and(eq(occurrences.eventId, eventId), gte(occurrences.endsAt, now)))
		.orderBy(occurrences.startsAt)
		.limit(limit)
		.all();
}
