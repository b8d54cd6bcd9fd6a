import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../index';
import { eventRevisions } from '../schema';

/** Whether any version of the event was ever sent for review. */
export function hasBeenSubmitted(db: Db, eventId: number): boolean {
	return Boolean(db.select({ id: eventRevisions.id }).from(eventRevisions).where(and(eq(eventRevisions.eventId, eventId), isNotNull(eventRevisions.submittedAt))).get());
}
