import { getDb } from '../db';
import type { OccurrenceItem } from '../db/queries/activities';
import { occurrenceFacts, listDeletionsSince, type OccurrenceFacts } from '../db/queries/feed-facts';
import { searchActivities } from '../activity-search';
import { cached } from '../cache';
import type { FeedQuery } from './query';

export type ActivityPage = {
	total: number;
	items: OccurrenceItem[];
	facts: Map<number, OccurrenceFacts>;
	deleted: { type: string; id: number; deletedAt: number }[] | null;
};

const ALL = 1_000_000;

/**
 * One page of the list for the API, at any page size; a page past the end is empty (never the last
 * page again). With `andrad-efter` only dates changed after that instant count, and the deletion
 * markers since then come along.
 */
export function activityPage(q: FeedQuery, now = new Date()): ActivityPage {
	const db = getDb();
	if (q.since === null) {
		const list = searchActivities(q.filters, now, q.pageSize);
		const items = q.page > list.pageCount ? [] : list.items;
		return { total: list.total, items, facts: occurrenceFacts(db, items.map((i) => i.occurrenceId)), deleted: null };
	}
	const since = q.since;
	const all = cached(`api:all:${JSON.stringify({ ...q.filters, page: 1 })}`, () => searchActivities({ ...q.filters, page: 1 }, now, ALL).items);
	const facts = occurrenceFacts(db, all.map((i) => i.occurrenceId));
	const changed = all.filter((i) => (facts.get(i.occurrenceId)?.modifiedAt ?? 0) > since);
	const items = changed.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
	return { total: changed.length, items, facts, deleted: listDeletionsSince(db, since) };
}

/** The page's own address with another page number, or null. */
export function pageUrl(url: URL, page: number | null) {
	if (page === null) return null;
	const next = new URL(url);
	if (page === 1) next.searchParams.delete('sida');
	else next.searchParams.set('sida', String(page));
	return next.href;
}
