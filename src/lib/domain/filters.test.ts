import { describe, expect, it } from 'vitest';
import {
	dateWindow,
	emptyFilters,
	filtersToParams,
	hasAnyFilter,
	listView,
	parseFilters,
	weekBounds,
	type ActivityFilters
} from './filters';

const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe('parseFilters', () => {
	it('gives empty filters and no notices for an empty query', () => {
		const { filters, notices } = parse('');
		expect(notices).toEqual([]);
		expect(filters).toEqual({
			q: '',
			districts: [],
			venues: [],
			categories: [],
			when: null,
			from: null,
			to: null,
			days: [],
			times: [],
			free: false,
			noSignup: false,
			access: [],
			languages: [],
			audiences: [],
			view: null,
			page: 1
		});
	});

	it('reads repeated params and comma lists, trimmed and without duplicates', () => {
		const { filters, notices } = parse(
			'stadsdel=centrum&stadsdel=sanna,%20ekeby&stadsdel=centrum&kategori=motion,kultur&dag=man,ons&dag=fre&tid=fm&tid=kvall&sprak=fi,sv&malgrupp=anhoriga&plats=kulturhuset&tillganglighet=rullstol,horslinga'
		);
		expect(notices).toEqual([]);
		expect(filters.districts).toEqual(['centrum', 'sanna', 'ekeby']);
		expect(filters.categories).toEqual(['motion', 'kultur']);
		expect(filters.days).toEqual(['man', 'ons', 'fre']);
		expect(filters.times).toEqual(['fm', 'kvall']);
		expect(filters.languages).toEqual(['fi', 'sv']);
		expect(filters.audiences).toEqual(['anhoriga']);
		expect(filters.venues).toEqual(['kulturhuset']);
		expect(filters.access).toEqual(['rullstol', 'horslinga']);
	});

	it('ignores empty list items without a notice', () => {
		const { filters, notices } = parse('stadsdel=,,centrum,&kategori=');
		expect(filters.districts).toEqual(['centrum']);
		expect(filters.categories).toEqual([]);
		expect(notices).toEqual([]);
	});

	it('drops values outside the fixed vocabularies and says which list they were in', () => {
		const { filters, notices } = parse('dag=man,sondag&tid=natt&tillganglighet=hiss,rullstol&nar=igar');
		expect(filters.days).toEqual(['man']);
		expect(filters.times).toEqual([]);
		expect(filters.access).toEqual(['rullstol']);
		expect(filters.when).toBeNull();
		expect(notices).toEqual(
			expect.arrayContaining([
				{ kind: 'unknown-value', field: 'nar' },
				{ kind: 'unknown-value', field: 'days' },
				{ kind: 'unknown-value', field: 'times' },
				{ kind: 'unknown-value', field: 'access' }
			])
		);
		expect(notices).toHaveLength(4);
	});

	it('drops slugs with characters a slug cannot have', () => {
		const { filters, notices } = parse(
			`stadsdel=Centrum&stadsdel=s%C3%B6der&kategori=${encodeURIComponent("x' OR 1=1 --")}&kategori=mat&sprak=${'a'.repeat(61)}`
		);
		expect(filters.districts).toEqual([]);
		expect(filters.categories).toEqual(['mat']);
		expect(filters.languages).toEqual([]);
		expect(notices).toEqual(
			expect.arrayContaining([
				{ kind: 'unknown-value', field: 'districts' },
				{ kind: 'unknown-value', field: 'categories' },
				{ kind: 'unknown-value', field: 'languages' }
			])
		);
	});

	it('keeps at most 20 values of one list', () => {
		const many = Array.from({ length: 30 }, (_, i) => `d${i}`).join(',');
		expect(parse(`stadsdel=${many}`).filters.districts).toHaveLength(20);
	});

	it('reads the when shortcuts and the yes/no switches', () => {
		const { filters, notices } = parse('nar=denna-vecka&gratis=1&utan-anmalan=1');
		expect(notices).toEqual([]);
		expect(filters.when).toBe('denna-vecka');
		expect(filters.free).toBe(true);
		expect(filters.noSignup).toBe(true);
		expect(parse('gratis=ja&utan-anmalan=true').filters).toMatchObject({ free: false, noSignup: false });
	});

	it('keeps valid dates and reports impossible ones as bad-date', () => {
		expect(parse('fran=2026-12-01&till=2026-12-24')).toEqual({
			filters: expect.objectContaining({ from: '2026-12-01', to: '2026-12-24' }),
			notices: []
		});
		const bad = parse('fran=2026-13-45&till=2027-02-29');
		expect(bad.filters.from).toBeNull();
		expect(bad.filters.to).toBeNull();
		expect(bad.notices).toEqual([
			{ kind: 'bad-date', field: 'fran' },
			{ kind: 'bad-date', field: 'till' }
		]);
		expect(parse('fran=1.12.2026').notices).toEqual([{ kind: 'bad-date', field: 'fran' }]);
		expect(parse('till=1999-12-31').notices).toEqual([{ kind: 'bad-date', field: 'till' }]);
		expect(parse('fran=2028-02-29').filters.from).toBe('2028-02-29');
	});

	it('swaps a reversed range and says so', () => {
		const { filters, notices } = parse('fran=2026-12-24&till=2026-12-01');
		expect(filters.from).toBe('2026-12-01');
		expect(filters.to).toBe('2026-12-24');
		expect(notices).toEqual([{ kind: 'range-reversed' }]);
	});

	it('collapses whitespace in the search text and truncates 10 KB to 200 characters', () => {
		expect(parse('q=%20%20s%C3%A5ng%20%20%0A%20stund%20').filters.q).toBe('sång stund');
		const { filters, notices } = parse(`q=${'å'.repeat(10_240)}`);
		expect(filters.q).toBe('å'.repeat(200));
		expect(notices).toEqual([{ kind: 'text-too-long' }]);
		expect(parse(`q=${'a'.repeat(200)}`).notices).toEqual([]);
	});

	it.each([
		['sida=3', 3],
		['sida=99999', 99_999],
		['sida=100001', 100_000],
		['sida=9999999999999', 100_000],
		['sida=abc', 1],
		['sida=0', 1],
		['sida=-4', 1],
		['sida=2.5', 1],
		['sida=', 1],
		['sida=Infinity', 1],
		['', 1]
	])('reads %s as page %i', (query, page) => {
		const parsed = parse(query).filters.page;
		expect(parsed).toBe(page);
		expect(Number.isInteger(parsed)).toBe(true);
	});
});

describe('filtersToParams', () => {
	const full: ActivityFilters = {
		q: 'sång och dans',
		districts: ['centrum', 'sanna'],
		venues: ['kulturhuset'],
		categories: ['motion'],
		when: null,
		from: '2026-12-01',
		to: '2026-12-24',
		days: ['tis', 'son'],
		times: ['em'],
		free: true,
		noSignup: true,
		access: ['rullstol', 'parkering'],
		languages: ['fi'],
		audiences: ['anhoriga', 'man'],
		view: 'aktiviteter',
		page: 4
	};

	it('round-trips through parseFilters', () => {
		const { filters, notices } = parseFilters(filtersToParams(full));
		expect(notices).toEqual([]);
		expect(filters).toEqual(full);
		const withWhen = { ...full, from: null, to: null, when: 'nasta-vecka' as const };
		expect(parseFilters(filtersToParams(withWhen)).filters).toEqual(withWhen);
	});

	it('writes lists as repeated params and leaves defaults out', () => {
		const p = filtersToParams(full);
		expect(p.getAll('stadsdel')).toEqual(['centrum', 'sanna']);
		expect(p.get('sida')).toBe('4');
		expect(p.get('gratis')).toBe('1');
		expect(filtersToParams(emptyFilters()).toString()).toBe('');
		expect(filtersToParams({ ...full, page: 1 }).has('sida')).toBe(false);
	});

	it('applies overrides, e.g. to drop one filter', () => {
		const p = filtersToParams(full, { districts: ['sanna'], free: false, page: 1 });
		expect(p.getAll('stadsdel')).toEqual(['sanna']);
		expect(p.has('gratis')).toBe(false);
		expect(p.has('sida')).toBe(false);
		expect(p.get('q')).toBe('sång och dans');
	});

	it('hasAnyFilter ignores the page number and the view', () => {
		expect(hasAnyFilter(emptyFilters({ page: 7 }))).toBe(false);
		expect(hasAnyFilter(emptyFilters({ view: 'datum' }))).toBe(false);
		expect(hasAnyFilter(emptyFilters({ free: true }))).toBe(true);
	});
});

describe('listView', () => {
	it('lists activities for a search and dates otherwise, unless visa chooses', () => {
		expect(listView(emptyFilters())).toBe('datum');
		expect(listView(emptyFilters({ q: 'kör' }))).toBe('aktiviteter');
		expect(listView(emptyFilters({ q: 'kör', view: 'datum' }))).toBe('datum');
		expect(listView(parseFilters(new URLSearchParams('visa=aktiviteter')).filters)).toBe('aktiviteter');
		expect(parseFilters(new URLSearchParams('visa=allt')).filters.view).toBeNull();
	});
});

describe('dateWindow', () => {
	const WEDNESDAY = '2026-11-25';
	const SUNDAY = '2026-11-29';
	const when = (w: ActivityFilters['when']) => emptyFilters({ when: w });

	it('on a Wednesday', () => {
		expect(dateWindow(when('idag'), WEDNESDAY)).toEqual({ from: '2026-11-25', to: '2026-11-25' });
		expect(dateWindow(when('imorgon'), WEDNESDAY)).toEqual({ from: '2026-11-26', to: '2026-11-26' });
		expect(dateWindow(when('denna-vecka'), WEDNESDAY)).toEqual({ from: '2026-11-25', to: '2026-11-29' });
		expect(dateWindow(when('nasta-vecka'), WEDNESDAY)).toEqual({ from: '2026-11-30', to: '2026-12-06' });
	});

	it('on a Sunday, the last day of the ISO week', () => {
		expect(dateWindow(when('idag'), SUNDAY)).toEqual({ from: SUNDAY, to: SUNDAY });
		expect(dateWindow(when('imorgon'), SUNDAY)).toEqual({ from: '2026-11-30', to: '2026-11-30' });
		expect(dateWindow(when('denna-vecka'), SUNDAY)).toEqual({ from: SUNDAY, to: SUNDAY });
		expect(dateWindow(when('nasta-vecka'), SUNDAY)).toEqual({ from: '2026-11-30', to: '2026-12-06' });
	});

	it('across the turn of the year', () => {
		expect(dateWindow(when('imorgon'), '2026-12-31')).toEqual({ from: '2027-01-01', to: '2027-01-01' });
		expect(dateWindow(when('nasta-vecka'), '2026-12-31')).toEqual({ from: '2027-01-04', to: '2027-01-10' });
		expect(dateWindow(when('denna-vecka'), '2026-12-31')).toEqual({ from: '2026-12-31', to: '2027-01-03' });
	});

	it('without a shortcut uses the dates, or today plus the horizon', () => {
		expect(dateWindow(emptyFilters(), WEDNESDAY)).toEqual({ from: WEDNESDAY, to: '2027-06-13' });
		expect(dateWindow(emptyFilters(), WEDNESDAY, 7)).toEqual({ from: WEDNESDAY, to: '2026-12-02' });
		expect(dateWindow(emptyFilters({ from: '2027-01-10' }), WEDNESDAY, 10)).toEqual({ from: '2027-01-10', to: '2027-01-20' });
		expect(dateWindow(emptyFilters({ to: '2026-12-01' }), WEDNESDAY)).toEqual({ from: WEDNESDAY, to: '2026-12-01' });
		expect(dateWindow(emptyFilters({ from: '2026-12-01', to: '2026-12-05' }), WEDNESDAY)).toEqual({
			from: '2026-12-01',
			to: '2026-12-05'
		});
	});
});

describe('weekBounds', () => {
	it.each([
		['2026-11-23', '2026-11-23', '2026-11-29'], // Monday
		['2026-11-25', '2026-11-23', '2026-11-29'], // Wednesday
		['2026-11-29', '2026-11-23', '2026-11-29'], // Sunday
		['2027-01-01', '2026-12-28', '2027-01-03'], // Friday in ISO week 53 of 2026
		['2028-02-29', '2028-02-28', '2028-03-05'] // leap day
	])('%s lies in %s – %s', (date, from, to) => {
		expect(weekBounds(date)).toEqual({ from, to });
	});
});
