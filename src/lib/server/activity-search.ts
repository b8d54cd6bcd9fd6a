import { getDb } from './db';
import { listView, parseFilters, type ActivityFilters } from '../domain/filters';
import { PAGE_SIZE, activityFacets, listActivities, venuesForActivities } from './db/queries/activities';
import { listActivityGroups } from './db/queries/activity-groups';
import { searchIndex } from './search-index/live';
import { covers, evaluate, matchDates, textMatch, textSlots } from './search-index/query';
import { datePage, facetCounts, groupPage, mapVenues, remoteActivitiesOf } from './search-index/results';
import { remoteActivities } from './db/queries/remote';
import { searchTerms } from './search-index/text';
import { finnishTitles } from './db/queries/finnish-titles';
import { calendarFacts, type CalendarFacts } from './db/queries/feed-facts';
import type { Locale } from '../i18n';

/** Filters from a URL, with unknown district/category/… slugs dropped and reported. */
export function readFilters(url: URL) {
	const { filters, notices } = parseFilters(url.searchParams);
	// From the index: no query per request; taxonomy edits reload it (invalidateCache without ids).
	const vocab = searchIndex().vocab;
	const known = (values: string[], options: { slug: string }[]) =>
		values.filter((v) => options.some((o) => o.slug === v));
	const cleaned: ActivityFilters = {
		...filters,
		districts: known(filters.districts, vocab.districts),
		categories: known(filters.categories, vocab.categories),
		languages: known(filters.languages, vocab.languages),
		audiences: known(filters.audiences, vocab.audiences)
	};
	const dropped =
		filters.districts.length + filters.categories.length + filters.languages.length + filters.audiences.length -
		(cleaned.districts.length + cleaned.categories.length + cleaned.languages.length + cleaned.audiences.length);
	if (dropped > 0) notices.push({ kind: 'unknown-value', field: 'slug' });
	return { filters: cleaned, notices, vocab };
}

/**
 * Everything a list-like page needs for one filter set, from one pass over the index: the page of
 * dates or of activities, and the facet counts in the same unit. Windows that start before the
 * index's first date (old `fran` dates) are answered by the SQL queries instead.
 */
export function searchList(f: ActivityFilters, now = new Date(), pageSize = PAGE_SIZE) {
	const index = searchIndex(now);
	const text = textSlots(index, f.q);
	const byActivity = listView(f) === 'aktiviteter';
	const unit = byActivity ? 'activities' : 'dates';
	if (!covers(index, f, now)) {
		const db = getDb();
		const match = textMatch(index, text);
		const dates = listActivities(db, f, now, byActivity ? 1 : pageSize, match);
		const groups = byActivity ? listActivityGroups(db, f, now, pageSize, match) : null;
		return { list: groups ? { ...groups, items: [] } : dates, groups: groups?.items ?? null, dateTotal: dates.total, facets: activityFacets(db, f, now, match, unit) };
	}
	const ev = evaluate(index, f, now, text);
	const groups = byActivity ? groupPage(ev, f, pageSize) : null;
	return {
		list: groups ? { ...groups, items: [] } : datePage(ev, f, pageSize),
		groups: groups?.items ?? null,
		dateTotal: ev.total,
		facets: facetCounts(ev, unit)
	};
}

/** A page of matching dates (feeds, API, start page). */
export function searchActivities(f: ActivityFilters, now = new Date(), pageSize = PAGE_SIZE) {
	const index = searchIndex(now);
	const text = textSlots(index, f.q);
	if (!covers(index, f, now)) return listActivities(getDb(), f, now, pageSize, textMatch(index, text));
	return datePage(matchDates(index, f, now, text), f, pageSize);
}

/** Facet counts of dates, the venues that have matching dates, and the matching activities without a place (the map). */
export function searchMap(f: ActivityFilters, now = new Date()) {
	const index = searchIndex(now);
	const text = textSlots(index, f.q);
	if (!covers(index, f, now)) {
		const match = textMatch(index, text);
		const db = getDb();
		return { facets: activityFacets(db, f, now, match), venues: venuesForActivities(db, f, now, match), remote: remoteActivities(db, f, now, match) };
	}
	const ev = evaluate(index, f, now, text);
	return { facets: facetCounts(ev, 'dates'), venues: mapVenues(ev), remote: remoteActivitiesOf(ev) };
}

/** District shapes for the map (kept with the index: no query per request). */
export function districtAreas() {
	return searchIndex().areas.map((d) => ({ id: d.slug, name: d.name, href: `/stadsdelar/${d.slug}`, geometry: d.geometry }));
}

export function searchVenues(f: ActivityFilters, now = new Date()) {
	return searchMap(f, now).venues;
}

/**
 * "Menade du …?": the query with each word that matches nothing replaced by the closest word the
 * site has, when that finds something with the same filters (or, failing that, on its own).
 */
export function suggestQuery(f: ActivityFilters, now = new Date()): { q: string; keepFilters: boolean } | null {
	const index = searchIndex(now);
	const terms = searchTerms(f.q);
	const unknown = index.words.unknown(terms);
	if (!unknown.length) return null;
	let q = f.q;
	for (const term of unknown) {
		const better = index.words.closest(term.word);
		if (!better) return null;
		q = replaceWord(q, term.word, better);
	}
	const found = (filters: ActivityFilters) => searchActivities({ ...filters, q, page: 1 }, now, 1).total > 0;
	if (found(f)) return { q, keepFilters: true };
	return found(parseFilters(new URLSearchParams()).filters) ? { q, keepFilters: false } : null;
}

/** Replaces the typed word whose folded form is `folded` (keeps the rest of what was typed). */
function replaceWord(q: string, folded: string, replacement: string) {
	return q.replace(/[\p{L}\p{N}\p{M}]+/gu, (w) => (searchTerms(w)[0]?.word === folded ? replacement : w));
}

/** Finnish titles of the listed activities, for the Finnish interface only (others get none). */
export function fiTitlesFor(locale: Locale, eventIds: number[]): Record<number, string> {
	return locale === 'fi' ? finnishTitles(getDb(), eventIds) : {};
}

/**
 * Calendar facts (sequence, change time, address) of these dates: from the index, which holds
 * them for its dates, and from SQL for any it does not (an old `fran`). The same values either way
 * (tests/integration/feed-facts.test.ts).
 */
export function calendarFactsFor(occurrenceIds: number[]): Map<number, CalendarFacts> {
	const index = searchIndex();
	const out = new Map<number, CalendarFacts>();
	const missing: number[] = [];
	for (const id of occurrenceIds) {
		const f = index.calendarFacts(id);
		if (f) out.set(id, f);
		else missing.push(id);
	}
	if (missing.length) for (const [id, f] of calendarFacts(getDb(), missing)) out.set(id, f);
	return out;
}
