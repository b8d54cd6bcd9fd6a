import { getDb, type Db } from '../db';
import { onInvalidate, type Change } from '../cache';
import { SearchIndex } from './index';
import { loadDates, loadPublicEvents, loadTaxonomy, loadVenues, publicEventsAtVenues, type SourceDates, type SourceEvent, type SourceTaxonomy, type SourceVenue } from '../db/queries/index-source';
import { addDays, todayInStockholm } from '../../domain/dates';
import { filterVocabulary } from '../db/queries/taxonomy';
import { tenantState } from '../tenancy';

/** The index also keeps the last two weeks, so that "this week" from Monday needs no fallback. */
const PAST_DAYS = 14;

/** The first day the index holds on `now`'s day. */
export const indexStart = (now = new Date()) => addDays(todayInStockholm(now), -PAST_DAYS);

/** What an index is built from, read from either database (index-source.ts, index-source-pg.ts). */
export type IndexSource = { taxonomy: SourceTaxonomy; venues: SourceVenue[]; events: SourceEvent[]; dates: SourceDates };

export function indexFrom(fromDate: string, source: IndexSource): SearchIndex {
	const index = new SearchIndex(fromDate, source.taxonomy, source.venues);
	index.update([], source.events, source.dates);
	return index;
}

export function buildIndex(db: Db, now = new Date()): SearchIndex {
	const fromDate = indexStart(now);
	const index = indexFrom(fromDate, { taxonomy: loadTaxonomy(db), venues: loadVenues(db), events: loadPublicEvents(db), dates: loadDates(db, fromDate) });
	index.vocab = filterVocabulary(db);
	return index;
}

/** Re-reads everything into the same index (words of unchanged activities are kept). */
export function reloadIndex(index: SearchIndex, db: Db, now = new Date()) {
	index.setTaxonomy(loadTaxonomy(db), loadVenues(db));
	index.vocab = filterVocabulary(db);
	index.fromDate = addDays(todayInStockholm(now), -PAST_DAYS);
	const fresh = loadPublicEvents(db);
	index.update([...index.slotOf.keys()], fresh, loadDates(db, index.fromDate));
}

/** Re-reads the given activities (and those held at the given venues) into the index. */
export function refreshIndex(index: SearchIndex, db: Db, change: Change) {
	const ids = new Set(change.eventIds ?? []);
	if (change.venueIds?.length) {
		const venues = new Set(change.venueIds);
		index.setVenues(loadVenues(db));
		for (const id of index.eventsAtVenues(venues)) ids.add(id);
		for (const id of publicEventsAtVenues(db, [...venues])) ids.add(id);
	}
	if (!ids.size) return;
	const list = [...ids];
	index.update(list, loadPublicEvents(db, list), loadDates(db, index.fromDate, list));
}

/** One index per municipality (tenancy.ts); writes are reported inside the municipality written to. */
const live = () =>
	tenantState('search-index', () => ({ current: null as SearchIndex | null, rebuild: true, pendingEvents: new Set<number>(), pendingVenues: new Set<number>() }));

onInvalidate((change) => {
	const l = live();
	if (!change || (!change.eventIds && !change.venueIds)) l.rebuild = true;
	for (const id of change?.eventIds ?? []) l.pendingEvents.add(id);
	for (const id of change?.venueIds ?? []) l.pendingVenues.add(id);
});

/**
 * The process's index, brought up to date with every write reported since the last call. Writes
 * come through `invalidateCache` (cache.ts); a second app process, or another database, would feed
 * the same call from a change feed (see the README).
 */
export function searchIndex(now = new Date()): SearchIndex {
	const db = getDb();
	const l = live();
	if (!l.current || l.rebuild) {
		l.pendingEvents.clear();
		l.pendingVenues.clear();
		if (l.current) reloadIndex(l.current, db, now);
		else l.current = buildIndex(db, now);
		l.rebuild = false;
		return l.current;
	}
	const current = l.current;
	if (l.pendingEvents.size || l.pendingVenues.size) {
		const change = { eventIds: [...l.pendingEvents], venueIds: [...l.pendingVenues] };
		l.pendingEvents.clear();
		l.pendingVenues.clear();
		refreshIndex(current, db, change);
	}
	current.trimBefore(addDays(todayInStockholm(now), -PAST_DAYS));
	return current;
}
