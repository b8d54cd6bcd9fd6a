import { getDb } from './db';
import { reportRows } from './db/queries/attendance';
import { listDistricts } from './db/queries/places';
import { aggregate, countedWindow, coverage, parsePeriod, previousPeriod, suppressionPlan, DIMENSIONS, type Dimension, type Figures, type Period } from '../domain/reporting';
import { todayInStockholm } from '../domain/dates';
import { cached } from './cache';
import { siteSettings } from './site-settings';

const KIND_PARAM: Record<string, Period['kind']> = { manad: 'month', termin: 'term', ar: 'year', egen: 'custom' };

/** A value left over from another period kind is read in the new kind: "2026-10" as a year is 2026, as a term 2026-HT. */
function leniently(kind: Period['kind'], value: string): string {
	const month = /^(\d{4})-(\d{2})$/.exec(value);
	if (kind === 'year' && /^\d{4}(-|$)/.test(value)) return value.slice(0, 4);
	if (kind === 'term' && month) return `${month[1]}-${+month[2] <= 6 ? 'VT' : 'HT'}`;
	return value;
}

/** Report settings from the URL, with sensible defaults (last month, by district). */
export function reportQuery(url: URL) {
	const today = todayInStockholm();
	const kindParam = url.searchParams.get('period') ?? 'manad';
	const kind = KIND_PARAM[kindParam] ?? 'month';
	const lastMonth = (() => {
		const [y, m] = today.split('-').map(Number);
		return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
	})();
	const defaults: Record<Period['kind'], string> = { month: lastMonth, term: `${today.slice(0, 4)}-${today.slice(5, 7) <= '06' ? 'VT' : 'HT'}`, year: today.slice(0, 4), custom: '' };
	const value = leniently(kind, (url.searchParams.get('varde') ?? '').trim()) || defaults[kind];
	const asked = parsePeriod(kind, value, url.searchParams.get('fran') ?? undefined, url.searchParams.get('till') ?? undefined);
	const period = asked ?? parsePeriod('month', lastMonth)!;
	const pick = (name: string, fallback: Dimension | null) => {
		const v = url.searchParams.get(name);
		return (DIMENSIONS as readonly string[]).includes(v ?? '') ? (v as Dimension) : fallback;
	};
	const first = pick('per', 'district')!;
	const second = pick('och', null);
	return {
		period,
		value: asked ? value : lastMonth,
		invalid: asked ? null : ((kind === 'custom' ? 'custom' : 'value') as 'custom' | 'value'),
		kindParam: Object.entries(KIND_PARAM).find(([, k]) => k === period.kind)![0],
		dims: second && second !== first ? [first, second] : [first]
	};
}

const EMPTY_FIGURES: Figures = { held: 0, cancelled: 0, reported: 0, participants: null, meanPerDate: null, shareReported: null, activities: 0, suppressed: false };

/** "2026-01" … "2026-12": the calendar months a period touches. */
function monthsOf(p: Period): string[] {
	const out: string[] = [];
	let [y, m] = p.from.slice(0, 7).split('-').map(Number);
	const last = p.to.slice(0, 7);
	for (let key = p.from.slice(0, 7); key <= last && out.length < 48; ) {
		out.push(key);
		m = m === 12 ? 1 : m + 1;
		if (m === 1) y += 1;
		key = `${y}-${String(m).padStart(2, '0')}`;
	}
	return out;
}

type Range = { from: string; to: string } | null;

/** The rows of a range and when they were read (the "data as of" of the method note). */
function read(p: Range) {
	if (!p) return { rows: [], at: new Date() };
	return cached(`report-rows:${p.from}:${p.to}`, () => ({ rows: reportRows(getDb(), p.from, p.to), at: new Date() }));
}

/** One plan per range, shared by every table of it (see domain/suppression.ts). */
function plan(p: Range, below: number) {
	return cached(`report-plan:${p?.from}:${p?.to}:${below}`, () => suppressionPlan(read(p).rows, below));
}

/** Only dates that have passed count; an unfinished period meets the same number of days of the one before. */
export function buildReport(q: ReturnType<typeof reportQuery>, now = new Date()) {
	const prev = previousPeriod(q.period);
	const window = countedWindow(q.period, prev, todayInStockholm(now));
	const { rows: current, at } = read(window.counted);
	const previous = read(window.compared).rows;
	const below = siteSettings().suppressBelow;
	const currentPlan = plan(window.counted, below);
	const table = aggregate(current, q.dims, currentPlan);
	const trend = aggregate(current, ['month'], currentPlan);
	const previousTrend = aggregate(previous, ['month'], plan(window.compared, below));
	const previousTotal = previousTrend.total;
	const districts = listDistricts(getDb());
	// Months lined up from the end, so that a custom period's last month meets the previous period's last.
	const months = monthsOf(q.period);
	const before = monthsOf(prev);
	return {
		period: q.period,
		previousPeriod: prev,
		window,
		method: { asOf: at.toISOString(), suppressBelow: below },
		dims: q.dims,
		table,
		// Every calendar month of the period, beside the month at the same place in the previous period
		// (January with January of the year before); months without dates are shown, not skipped.
		trend: months.map((month, i) => {
			const g = trend.groups.find((x) => x.keys[0] === month);
			const previousMonth = before[before.length - months.length + i] ?? null;
			const pg = previousMonth ? previousTrend.groups.find((x) => x.keys[0] === previousMonth) : undefined;
			return { month, ...(g?.figures ?? EMPTY_FIGURES), previousParticipants: pg?.figures.participants ?? null, previousSuppressed: pg?.figures.suppressed ?? false, previousMonth };
		}),
		previousTotal,
		coverage: coverage(current, districts.map((d) => ({ name: d.name, residents65Plus: d.residents65Plus })), currentPlan),
		areas: districts.filter((d) => d.boundary).map((d) => ({ name: d.name, slug: d.slug, geometry: d.boundary! }))
	};
}
