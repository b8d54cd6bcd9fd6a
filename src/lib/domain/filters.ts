import { addDays, isValidDate, isoWeekday } from './dates';

export const DAY_CODES = ['man', 'tis', 'ons', 'tor', 'fre', 'lor', 'son'] as const;
export const TIME_CODES = ['fm', 'em', 'kvall'] as const;
export const WHEN_CODES = ['idag', 'imorgon', 'denna-vecka', 'nasta-vecka'] as const;
export const ACCESS_CODES = ['rullstol', 'horslinga', 'toalett', 'parkering'] as const;
/** The list shows each activity once (`aktiviteter`) or every date (`datum`). */
export const VIEW_CODES = ['aktiviteter', 'datum'] as const;
export type ListView = (typeof VIEW_CODES)[number];

export type ActivityFilters = {
	q: string;
	districts: string[];
	venues: string[];
	categories: string[];
	when: (typeof WHEN_CODES)[number] | null;
	from: string | null;
	to: string | null;
	days: (typeof DAY_CODES)[number][];
	times: (typeof TIME_CODES)[number][];
	free: boolean;
	noSignup: boolean;
	access: (typeof ACCESS_CODES)[number][];
	languages: string[];
	audiences: string[];
	/** Chosen with `visa`; null means the default (see `listView`). */
	view: ListView | null;
	page: number;
};

/** Why a part of the query was ignored; shown to the person in plain words. */
export type FilterNotice =
	| { kind: 'bad-date'; field: 'fran' | 'till' }
	| { kind: 'range-reversed' }
	| { kind: 'text-too-long' }
	| { kind: 'unknown-value'; field: string };

const MAX_Q = 200;
const MAX_VALUES = 20;
/** Filter values are slugs; plain regex here keeps zod out of the browser bundle. */
const SLUG = /^[a-z0-9-]{1,60}$/;

function many<T extends string>(params: URLSearchParams, name: string, allowed?: readonly T[]) {
	const values = [...new Set(params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()))]
		.filter(Boolean)
		.slice(0, MAX_VALUES);
	const ok = values.filter((v) => (allowed ? allowed.includes(v as T) : SLUG.test(v)));
	return { ok: ok as T[], rejected: values.length - ok.length };
}

export function parseFilters(params: URLSearchParams): {
	filters: ActivityFilters;
	notices: FilterNotice[];
} {
	const notices: FilterNotice[] = [];
	let q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
	if (q.length > MAX_Q) {
		q = q.slice(0, MAX_Q);
		notices.push({ kind: 'text-too-long' });
	}
	const date = (field: 'fran' | 'till') => {
		const raw = params.get(field);
		if (!raw) return null;
		if (isValidDate(raw) && raw >= '2000-01-01' && raw <= '2100-12-31') return raw;
		notices.push({ kind: 'bad-date', field });
		return null;
	};
	let from = date('fran');
	let to = date('till');
	if (from && to && from > to) {
		notices.push({ kind: 'range-reversed' });
		[from, to] = [to, from];
	}
	const whenRaw = params.get('nar');
	const when = WHEN_CODES.find((w) => w === whenRaw) ?? null;
	if (whenRaw && !when) notices.push({ kind: 'unknown-value', field: 'nar' });

	const lists = {
		districts: many(params, 'stadsdel'),
		venues: many(params, 'plats'),
		categories: many(params, 'kategori'),
		days: many(params, 'dag', DAY_CODES),
		times: many(params, 'tid', TIME_CODES),
		access: many(params, 'tillganglighet', ACCESS_CODES),
		languages: many(params, 'sprak'),
		audiences: many(params, 'malgrupp')
	};
	for (const [name, list] of Object.entries(lists))
		if (list.rejected) notices.push({ kind: 'unknown-value', field: name });

	const viewRaw = params.get('visa');
	const view = VIEW_CODES.find((v) => v === viewRaw) ?? null;
	const pageRaw = Number(params.get('sida') ?? '1');
	const page = Number.isInteger(pageRaw) && pageRaw >= 1 ? Math.min(pageRaw, 100_000) : 1;
	return {
		filters: {
			q,
			districts: lists.districts.ok,
			venues: lists.venues.ok,
			categories: lists.categories.ok,
			when,
			from,
			to,
			days: lists.days.ok,
			times: lists.times.ok,
			free: params.get('gratis') === '1',
			noSignup: params.get('utan-anmalan') === '1',
			access: lists.access.ok,
			languages: lists.languages.ok,
			audiences: lists.audiences.ok,
			view,
			page
		},
		notices
	};
}

/** The URL query for a set of filters; `overrides` replace fields (e.g. to drop one filter). */
export function filtersToParams(f: ActivityFilters, overrides: Partial<ActivityFilters> = {}) {
	const v = { ...f, ...overrides };
	const p = new URLSearchParams();
	if (v.q) p.set('q', v.q);
	for (const d of v.districts) p.append('stadsdel', d);
	for (const d of v.venues) p.append('plats', d);
	for (const c of v.categories) p.append('kategori', c);
	if (v.when) p.set('nar', v.when);
	if (v.from) p.set('fran', v.from);
	if (v.to) p.set('till', v.to);
	for (const d of v.days) p.append('dag', d);
	for (const t of v.times) p.append('tid', t);
	if (v.free) p.set('gratis', '1');
	if (v.noSignup) p.set('utan-anmalan', '1');
	for (const a of v.access) p.append('tillganglighet', a);
	for (const l of v.languages) p.append('sprak', l);
	for (const a of v.audiences) p.append('malgrupp', a);
	if (v.view) p.set('visa', v.view);
	if (v.page > 1) p.set('sida', String(v.page));
	return p;
}

/** The local date range a filter set covers; the default is from today on. */
export function dateWindow(f: ActivityFilters, today: string, horizonDays = 200) {
	const monday = addDays(today, 1 - isoWeekday(today));
	switch (f.when) {
		case 'idag':
			return { from: today, to: today };
		case 'imorgon':
			return { from: addDays(today, 1), to: addDays(today, 1) };
		case 'denna-vecka':
			return { from: today, to: addDays(monday, 6) };
		case 'nasta-vecka':
			return { from: addDays(monday, 7), to: addDays(monday, 13) };
	}
	return { from: f.from ?? today, to: f.to ?? addDays(f.from ?? today, horizonDays) };
}

export function hasAnyFilter(f: ActivityFilters): boolean {
	return filtersToParams(f, { page: 1, view: null }).size > 0;
}

/** A search lists activities, best matches first; browsing lists dates. `visa` chooses either. */
export function listView(f: ActivityFilters): ListView {
	return f.view ?? (f.q ? 'aktiviteter' : 'datum');
}

/** Start-minute bounds of the time-of-day codes: förmiddag, eftermiddag, kväll. */
export const TIME_RANGES: Record<(typeof TIME_CODES)[number], [number, number]> = {
	fm: [0, 12 * 60],
	em: [12 * 60, 17 * 60],
	kvall: [17 * 60, 24 * 60]
};

export function emptyFilters(overrides: Partial<ActivityFilters> = {}): ActivityFilters {
	return { ...parseFilters(new URLSearchParams()).filters, ...overrides };
}

/** Monday and Sunday of the ISO week that holds `date`. */
export function weekBounds(date: string) {
	const monday = addDays(date, 1 - isoWeekday(date));
	return { from: monday, to: addDays(monday, 6) };
}
