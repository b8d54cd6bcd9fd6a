import { readFilters } from '../activity-search';
import { ACCESS_CODES, DAY_CODES, TIME_CODES, WHEN_CODES, type ActivityFilters } from '../../domain/filters';
import { feedErrors } from '../../i18n/messages/feed-errors';
import { getDb } from '../db';
import { listVenueNames } from '../db/queries/places';
import { cached } from '../cache';

export const FILTER_PARAMS = ['q', 'stadsdel', 'kategori', 'plats', 'nar', 'fran', 'till', 'dag', 'tid', 'gratis', 'utan-anmalan', 'tillganglighet', 'sprak', 'malgrupp'] as const;
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

const t = feedErrors.sv;
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$/;
const values = (params: URLSearchParams, name: string) =>
	[...new Set(params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()))].filter(Boolean);

export type FeedQuery = {
	filters: ActivityFilters;
	vocab: ReturnType<typeof readFilters>['vocab'];
	venues: { slug: string; name: string }[];
	page: number;
	pageSize: number;
	/** andrad-efter as ms, or null. */
	since: number | null;
	/** Why the query was refused, in Swedish; empty when it can be answered. */
	errors: string[];
};

/**
 * The list's filters, read strictly: the API and the feeds refuse what the pages forgive. Every
 * unknown parameter, value, flag, page or instant is named in a Swedish message, so that a
 * harvester never gets the whole municipality because of a typo. `extra` names the parameters an
 * endpoint takes besides the filters (sida, per-sida, andrad-efter, tillfalle).
 */
export function readFeedQuery(url: URL, extra: readonly string[] = []): FeedQuery {
	const params = url.searchParams;
	const { filters, notices, vocab } = readFilters(url);
	// Only a query that names places needs them (to check them, and for the feed's title).
	const venues = params.has('plats') ? cached('venue-names', () => listVenueNames(getDb())) : [];
	const errors: string[] = [];
	const allowed = [...FILTER_PARAMS, ...extra];
	for (const name of new Set(params.keys())) if (!allowed.includes(name)) errors.push(t.unknownParam(name, allowed));

	for (const n of notices) {
		if (n.kind === 'bad-date') errors.push(t.badDate(n.field));
		if (n.kind === 'range-reversed') errors.push(t.rangeReversed);
		if (n.kind === 'text-too-long') errors.push(t.textTooLong);
	}
	const check = (param: string, known: readonly string[], where: string | null) => {
		for (const v of values(params, param))
			if (!known.includes(v)) errors.push(where && known.length > 20 ? t.unknownValueSee(param, v, where) : t.unknownValue(param, v, [...known]));
	};
	check('stadsdel', vocab.districts.map((d) => d.slug), '/api/v1/stadsdelar');
	check('kategori', vocab.categories.map((c) => c.slug), null);
	check('sprak', vocab.languages.map((l) => l.slug), null);
	check('malgrupp', vocab.audiences.map((a) => a.slug), null);
	check('plats', venues.map((v) => v.slug), '/api/v1/platser');
	check('dag', DAY_CODES, null);
	check('tid', TIME_CODES, null);
	check('tillganglighet', ACCESS_CODES, null);
	const when = params.get('nar');
	if (when !== null && !WHEN_CODES.includes(when as (typeof WHEN_CODES)[number])) errors.push(t.unknownValue('nar', when, [...WHEN_CODES]));
	for (const flag of ['gratis', 'utan-anmalan']) for (const v of params.getAll(flag)) if (v !== '1') errors.push(t.flag(flag));

	const integer = (name: string, min: number, max: number, fallback: number, message: string) => {
		const raw = params.get(name);
		if (raw === null) return fallback;
		const n = /^\d{1,7}$/.test(raw.trim()) ? Number(raw) : NaN;
		if (Number.isInteger(n) && n >= min && n <= max) return n;
		errors.push(message);
		return fallback;
	};
	const page = integer('sida', 1, 1_000_000, 1, t.page);
	const pageSize = integer('per-sida', 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, t.pageSize(MAX_PAGE_SIZE));
	let since: number | null = null;
	// A '+' in a query string arrives as a space (2026-11-20T09:00:00+01:00 unencoded).
	const sinceRaw = params.get('andrad-efter')?.replace(/ (\d\d:\d\d)$/, '+$1') ?? null;
	if (sinceRaw !== null) {
		since = ISO_INSTANT.test(sinceRaw) && !Number.isNaN(Date.parse(sinceRaw)) ? Date.parse(sinceRaw) : null;
		if (since === null) errors.push(t.since);
	}
	return { filters: { ...filters, page }, vocab, venues, page, pageSize, since, errors: [...new Set(errors)] };
}
