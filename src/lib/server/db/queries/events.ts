import { eq, and, ne } from 'drizzle-orm';
import type { Db } from '../index';
import {
	events,
	eventRevisions,
	revisionAudiences,
	revisionLanguages,
	type RevisionStatus
} from '../schema';
import { syncOccurrences } from './occurrences';
import { reindexEvent } from './search';

type RevisionRow = typeof eventRevisions.$inferInsert;
export type RevisionContent = Omit<
	RevisionRow,
	'id' | 'eventId' | 'status' | 'createdAt' | 'submittedAt' | 'decidedAt'
> & { audienceIds: number[]; languageCodes: string[] };

function insertRevision(
	db: Db,
	eventId: number,
	content: RevisionContent,
	status: RevisionStatus,
	now: Date
): number {
	const { audienceIds, languageCodes, ...columns } = content;
	const rev = db
		.insert(eventRevisions)
		.values({
			...columns,
			eventId,
			status,
			createdAt: now,
			submittedAt: status === 'draft' ? null : now
		})
		.returning({ id: eventRevisions.id })
		.get();
	if (audienceIds.length)
		db.insert(revisionAudiences)
			.values(audienceIds.map((audienceId) => ({ revisionId: rev.id, audienceId })))
			.run();
	if (languageCodes.length)
		db.insert(revisionLanguages)
			.values(languageCodes.map((languageCode) => ({ revisionId: rev.id, languageCode })))
			.run();
	return rev.id;
}

/** Creates an event with its first revision (draft or pending review). */
export function createEvent(
	db: Db,
	organisationId: number,
	content: RevisionContent,
	opts: { status?: RevisionStatus; now?: Date } = {}
): { eventId: number; revisionId: number } {
	const now = opts.now ?? new Date();
	return db.transaction((tx) => {
		const ev = tx
			.insert(events)
			.values({ organisationId, status: 'draft', createdAt: now, updatedAt: now })
			.returning({ id: events.id })
			.get();
		const revisionId = insertRevision(tx as unknown as Db, ev.id, content, opts.status ?? 'draft', now);
		tx.update(events).set({ latestRevisionId: revisionId }).where(eq(events.id, ev.id)).run();
		return { eventId: ev.id, revisionId };
	});
}

/** Makes a revision the live version: earlier approved ones are superseded, dates and search follow. */
export function publishRevision(
	db: Db,
	revisionId: number,
	opts: { now?: Date; occurrencesFrom?: string } = {}
) {
	const now = opts.now ?? new Date();
	const rev = db
		.select({ eventId: eventRevisions.eventId })
		.from(eventRevisions)
		.where(eq(eventRevisions.id, revisionId))
		.get();
	if (!rev) throw new Error(`No revision ${revisionId}`);
	db.transaction((tx) => {
		tx.update(eventRevisions)
			.set({ status: 'superseded' })
			.where(
				and(
					eq(eventRevisions.eventId, rev.eventId),
					eq(eventRevisions.status, 'approved'),
					ne(eventRevisions.id, revisionId)
				)
			)
			.run();
		tx.update(eventRevisions)
			.set({ status: 'approved', decidedAt: now })
			.where(eq(eventRevisions.id, revisionId))
			.run();
		tx.update(events)
			.set({ status: 'published', publishedRevisionId: revisionId, updatedAt: now })
			.where(eq(events.id, rev.eventId))
			.run();
	});
	syncOccurrences(db, rev.eventId, { now, from: opts.occurrencesFrom });
	reindexEvent(db, rev.eventId);
	return rev.eventId;
}

/** Ids of every published event (the dates of these are extended as time passes). */
export function listPublishedEventIds(db: Db): number[] {
	return db.select({ id: events.id }).from(events).where(eq(events.status, 'published')).all().map((e) => e.id);
}

export function isPublishedEvent(db: Db, eventId: number): boolean {
	return db.select({ id: events.id }).from(events).where(and(eq(events.id, eventId), eq(events.status, 'published'))).get() !== undefined;
}
