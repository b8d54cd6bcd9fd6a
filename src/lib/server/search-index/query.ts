import { Bitset } from './bitset';
import type { SearchIndex } from './index';
import { DAY_CODES, TIME_CODES, dateWindow, type ActivityFilters } from '../../domain/filters';
import { todayInStockholm } from '../../domain/dates';
import { hidesPastDates, type Dimension, type TextMatch } from '../db/queries/activities';
import { searchTerms } from './text';

/** Activity-level filters that have facet counts of their own (leave-one-out). */
const OWN_FACET = ['districts', 'categories', 'free', 'noSignup', 'languages', 'audiences'] as const;
type OwnFacet = (typeof OWN_FACET)[number];

/** One pass over the dates of a filter set; lists, facets, groups and map venues are read from it. */
export type Evaluation = {
	index: SearchIndex;
	/** Positions (in list order) of the matching dates; the first `total` are used. */
	matched: Int32Array;
	total: number;
	/** Per activity slot: dates passing the date-level filters (window, weekday, time of day). */
	rowsPer: Int32Array;
	/** Per activity slot: position of its first matching date, or -1. */
	first: Int32Array;
	/** Per activity slot: weekdays (bit 1–7) and times of day (bit 0–2) among its dates, for activity counts. */
	days: Uint8Array;
	times: Uint8Array;
	dayCount: Int32Array;
	timeCount: Int32Array;
	all: Bitset;
	without: Partial<Record<OwnFacet, Bitset>>;
	titleSlots: Set<number> | null;
};

export type TextSlots = { slots: Set<number>; titleSlots: Set<number> };

/** Activities matching the words of `q` (null when there is no `q`). */
export function textSlots(index: SearchIndex, q: string): TextSlots | null {
	return q ? index.words.match(searchTerms(q)) : null;
}

/** The same text match as event ids, for the SQL queries (used before the index's first date). */
export function textMatch(index: SearchIndex, text: TextSlots | null): TextMatch | undefined {
	if (!text) return undefined;
	const ids = (slots: Set<number>) => [...slots].map((s) => index.events[s]!.id);
	return { eventIds: ids(text.slots), titleEventIds: ids(text.titleSlots) };
}

const ymd = (date: string) => Number(date.replaceAll('-', ''));

/** First position whose day is ≥ `day` (dates are in start order, so days never decrease). */
function lowerBound(days: Int32Array, n: number, day: number) {
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (days[mid] < day) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function anyOf(map: Map<string, Bitset>, keys: string[], size: number) {
	const out = new Bitset(size);
	for (const k of keys) {
		const set = map.get(k);
		if (set) out.or(set);
	}
	return out;
}

/** True when the index holds every date the filters can ask for. */
export function covers(index: SearchIndex, f: ActivityFilters, now: Date) {
	return dateWindow(f, todayInStockholm(now)).from >= index.fromDate;
}

/** The activity bitsets of a filter set: `base` (live, venue, words) and one mask per other activity-level filter. */
function activityMasks(index: SearchIndex, f: ActivityFilters, text: TextSlots | null) {
	const size = index.slotCount;
	const masks: Partial<Record<Dimension, Bitset>> = {};
	if (f.districts.length) masks.districts = anyOf(index.byDistrict, f.districts, size);
	if (f.categories.length) masks.categories = anyOf(index.byCategory, f.categories, size);
	if (f.free) masks.free = index.free;
	if (f.noSignup) masks.noSignup = index.noSignup;
	if (f.languages.length) masks.languages = anyOf(index.byLanguage, f.languages, size);
	if (f.audiences.length) masks.audiences = anyOf(index.byAudience, f.audiences, size);
	if (f.access.length) {
		const access = index.live.copy(size);
		for (const a of f.access) access.and(index.access[a]);
		masks.access = access;
	}
	const base = index.live.copy(size);
	if (f.venues.length) base.and(anyOf(index.byVenue, f.venues, size));
	if (f.q) {
		const matching = new Bitset(size);
		for (const s of text?.slots ?? []) matching.add(s);
		base.and(matching);
	}
	const all = base.copy(size);
	for (const m of Object.values(masks)) all.and(m);
	return { base, masks, all };
}

/** Bit masks of the chosen weekdays (bits 1–7) and times of day (bits 0–2); all set when none is chosen. */
function dateMasks(f: ActivityFilters) {
	let dayMask = f.days.length ? 0 : 0xff;
	for (const d of f.days) dayMask |= 1 << (DAY_CODES.indexOf(d) + 1);
	let timeMask = f.times.length ? 0 : 0x7;
	for (const t of f.times) timeMask |= 1 << TIME_CODES.indexOf(t);
	return { dayMask, timeMask };
}

/** Positions of the first and after the last date in the filters' window. */
function dateRange(index: SearchIndex, f: ActivityFilters, now: Date) {
	const { from, to } = dateWindow(f, todayInStockholm(now));
	return { lo: lowerBound(index.day, index.n, ymd(from)), hi: lowerBound(index.day, index.n, ymd(to) + 1) };
}

export type DateMatches = Pick<Evaluation, 'index' | 'matched' | 'total'>;

/**
 * Only the matching dates, for a page of dates without facet counts (feeds, the API, the start
 * page): the same dates as `evaluate`, from one pass that reads nothing else.
 */
export function matchDates(index: SearchIndex, f: ActivityFilters, now: Date, text: TextSlots | null): DateMatches {
	const { all } = activityMasks(index, f, text);
	const { dayMask, timeMask } = dateMasks(f);
	const { lo, hi } = dateRange(index, f, now);
	const hide = hidesPastDates(f);
	const nowMs = now.getTime();
	const matched = new Int32Array(Math.max(0, hi - lo));
	const words = all.words;
	const { slot, weekday, time, endsAt } = index;
	let total = 0;
	for (let i = lo; i < hi; i++) {
		const s = slot[i];
		if ((words[s >>> 5] & (1 << (s & 31))) === 0) continue;
		if (((dayMask >>> weekday[i]) & (timeMask >>> time[i]) & 1) === 0) continue;
		if (hide && endsAt[i] < nowMs) continue;
		matched[total++] = i;
	}
	return { index, matched, total };
}

export function evaluate(index: SearchIndex, f: ActivityFilters, now: Date, text: TextSlots | null): Evaluation {
	const size = index.slotCount;
	const { base, masks, all } = activityMasks(index, f, text);
	const without: Evaluation['without'] = {};
	for (const dim of OWN_FACET) {
		if (!masks[dim]) continue;
		const w = base.copy(size);
		for (const [other, m] of Object.entries(masks)) if (other !== dim) w.and(m);
		without[dim] = w;
	}

	const { dayMask, timeMask } = dateMasks(f);
	const { lo, hi } = dateRange(index, f, now);
	const hide = hidesPastDates(f);
	const nowMs = now.getTime();
	const rowsPer = new Int32Array(size);
	const first = new Int32Array(size).fill(-1);
	const days = new Uint8Array(size);
	const times = new Uint8Array(size);
	const dayCount = new Int32Array(8);
	const timeCount = new Int32Array(3);
	const matched = new Int32Array(Math.max(0, hi - lo));
	const words = all.words;
	const { slot, weekday, time, endsAt } = index;
	let total = 0;
	for (let i = lo; i < hi; i++) {
		if (hide && endsAt[i] < nowMs) continue;
		const s = slot[i];
		const wd = weekday[i];
		const tc = time[i];
		const dayOk = (dayMask >>> wd) & 1;
		const timeOk = (timeMask >>> tc) & 1;
		if (dayOk & timeOk) rowsPer[s]++;
		if ((words[s >>> 5] & (1 << (s & 31))) === 0) continue;
		if (timeOk) {
			dayCount[wd]++;
			days[s] |= 1 << wd;
		}
		if (dayOk) {
			timeCount[tc]++;
			times[s] |= 1 << tc;
		}
		if (dayOk & timeOk) {
			matched[total++] = i;
			if (first[s] < 0) first[s] = i;
		}
	}
	return { index, matched, total, rowsPer, first, days, times, dayCount, timeCount, all, without, titleSlots: text?.titleSlots ?? null };
}
