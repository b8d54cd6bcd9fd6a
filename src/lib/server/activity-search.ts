import { getDb } from './db';
import { parseFilters, type ActivityFilters } from '../domain/filters';
import { activityFacets, listActivities, venuesForActivities } from './db/queries/activities';
import { filterVocabulary } from './db/queries/taxonomy';
import { cached } from './cache';

/** Filters from a URL, with unknown district/category/… slugs dropped and reported. */
export function readFilters(url: URL) {
	const { filters, notices } = parseFilters(url.searchParams);
	const vocab = cached('vocabulary', () => filterVocabulary(getDb()));
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

const key = (kind: string, f: ActivityFilters) => `${kind}:${JSON.stringify(f)}`;

export function searchActivities(f: ActivityFilters, now = new Date()) {
	return cached(key('list', f), () => listActivities(getDb(), f, now));
}

export function searchFacets(f: ActivityFilters, now = new Date()) {
	return cached(key('facets', { ...f, page: 1 }), () => activityFacets(getDb(), f, now));
}

export function searchVenues(f: ActivityFilters, now = new Date()) {
	return cached(key('venues', { ...f, page: 1 }), () => venuesForActivities(getDb(), f, now));
}
