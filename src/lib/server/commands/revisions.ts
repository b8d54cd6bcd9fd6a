import { eq, and, ne, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { events, eventRevisions, revisionAudiences, revisionLanguages, type RevisionStatus } from '../db/schema';
import { syncOccurrences } from './dates';
import { reindexEvent } from './search-index';

type RevisionRow = typeof eventRevisions.$inferInsert;
export type RevisionContent = Omit<RevisionRow, 'id' | 'eventId' | 'status' | 'createdAt' | 'submittedAt' | 'decidedAt'> & {
	audienceIds: number[];
	languageCodes: string[];
};

/** Writes a revision with its audiences and languages (inside the caller's transaction). */
export function insertRevision(db: Db, eventId: number, content: RevisionContent, status: RevisionStatus, now: Date): number {
	const { audienceIds, languageCodes, ...columns } = content;
	const rev = db
		.insert(eventRevisions)
		.values({ ...columns, eventId, status, createdAt: now, submittedAt: status === 'draft' ? null : now })
		.returning({ id: eventRevisions.id })
		.get();
	if (audienceIds.length) db.insert(revisionAudiences).values(audienceIds.map((audienceId) => ({ revisionId: rev.id, audienceId }))).run();
	if (languageCodes.length) db.insert(revisionLanguages).values(languageCodes.map((languageCode) => ({ revisionId: rev.id, languageCode }))).run();
	return rev.id;
}

/** Creates an event with its first revision (draft or pending review). */
export function createEvent(db: Db, organisationId: number, content: RevisionContent, opts: { status?: RevisionStatus; now?: Date } = {}) {
	const now = opts.now ?? new Date();
	return db.transaction(() => {
		const ev = db.insert(events).values({ organisationId, status: 'draft', createdAt: now, updatedAt: now }).returning({ id: events.id }).get();
		const revisionId = insertRevision(db, ev.id, content, opts.status ?? 'draft', now);
		db.update(events).set({ latestRevisionId: revisionId }).where(eq(events.id, ev.id)).run();
		return { eventId: ev.id, revisionId };
	});
}

/** A newer version of an existing event: earlier unpublished ones are superseded (they never went live). */
export function addRevision(db: Db, eventId: number, content: RevisionContent, status: RevisionStatus, now: Date): number {
	db.update(eventRevisions)
		.set({ status: 'superseded' })
		.where(and(eq(eventRevisions.eventId, eventId), inArray(eventRevisions.status, ['draft', 'pending', 'changes_requested', 'rejected'])))
		.run();
	const id = insertRevision(db, eventId, content, status, now);
	db.update(events).set({ latestRevisionId: id, updatedAt: now }).where(eq(events.id, eventId)).run();
	return id;
}

/** Marks a revision the live version (earlier approved ones superseded). Dates and search follow separately. */
export function markPublished(db: Db, revisionId: number, now: Date): number {
	const rev = db.select({ eventId: eventRevisions.eventId }).from(eventRevisions).where(eq(eventRevisions.id, revisionId)).get();
	if (!rev) throw new Error(`No revision ${revisionId}`);
	db.update(eventRevisions)
		.set({ status: 'superseded' })
		.where(and(eq(eventRevisions.eventId, rev.eventId), eq(eventRevisions.status, 'approved'), ne(eventRevisions.id, revisionId)))
		.run();
	db.update(eventRevisions).set({ status: 'approved', decidedAt: now }).where(eq(eventRevisions.id, revisionId)).run();
	db.update(events).set({ status: 'published', publishedRevisionId: revisionId, updatedAt: now }).where(eq(events.id, rev.eventId)).run();
	return rev.eventId;
}

/**
 * Publishes at once with dates and search in step, in one transaction (seeding and tests; the
 * commands declare the same work as effects instead).
 */
export function publishRevision(db: Db, revisionId: number, opts: { now?: Date; occurrencesFrom?: string } = {}) {
	const now = opts.now ?? new Date();
	return db.transaction(() => {
		const eventId = markPublished(db, revisionId, now);
		syncOccurrences(db, eventId, { now, from: opts.occurrencesFrom });
		reindexEvent(db, eventId);
		return eventId;
	});
}
