import { getDb } from './db';
import { reportRows } from './db/queries/attendance';
import { listDistricts } from './db/queries/places';
import { aggregate, coverage, parsePeriod, previousPeriod, DIMENSIONS, type Dimension, type Period } from '../domain/reporting';
import { todayInStockholm } from '../domain/dates';
import { cached } from './cache';

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

function rows(p: Period) {
	return cached(`report-rows:${p.from}:${p.to}`, () => reportRows(getDb(), p.from, p.to));
}

export function buildReport(q: ReturnType<typeof reportQuery>) {
	const prev = previousPeriod(q.period);
	const current = rows(q.period);
	const previous = rows(prev);
	const table = aggregate(current, q.dims);
	const trend = aggregate(current, ['month']);
	const previousTrend = aggregate(previous, ['month']);
	const previousTotal = previousTrend.total;
	const districts = listDistricts(getDb());
	return {
		period: q.period,
		previousPeriod: prev,
		dims: q.dims,
		table,
		// Months side by side with the same position in the previous period (month 1 with month 1 …).
		trend: trend.groups.map((g, i) => ({ month: g.keys[0], ...g.figures, previousParticipants: previousTrend.groups[i]?.figures.participants ?? null, previousMonth: previousTrend.groups[i]?.keys[0] ?? null })),
		previousTotal,
		coverage: coverage(current, districts.map((d) => ({ name: d.name, residents65Plus: d.residents65Plus }))),
		areas: districts.filter((d) => d.boundary).map((d) => ({ name: d.name, slug: d.slug, geometry: d.boundary! }))
	};
}
