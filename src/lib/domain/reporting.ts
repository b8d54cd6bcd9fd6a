import { addDays, isValidDate, toDayNumber } from './dates';
import { isHidden, planSuppression, SEP, SUPPRESS_BELOW, type Counts, type Plan } from './suppression';

export { SUPPRESS_BELOW, type Plan };

/** One occurrence in a report period, with what it counts towards. */
export type ReportRow = {
	localDate: string;
	district: string | null;
	category: string;
	organisation: string;
	venue: string | null;
	audiences: string[];
	eventId: number;
	cancelled: boolean;
	/** Participants reported for the date; null when nothing was reported. */
	total: number | null;
};

export const DIMENSIONS = ['district', 'category', 'organisation', 'audience', 'venue', 'month'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type Figures = {
	held: number;
	cancelled: number;
	reported: number;
	participants: number | null;
	meanPerDate: number | null;
	shareReported: number | null;
	activities: number;
	suppressed: boolean;
};

export type Group = { keys: string[]; figures: Figures };

const REMOTE = 'Per telefon/på nätet';

function keysOf(row: ReportRow, dim: Dimension): string | string[] {
	switch (dim) {
		case 'district':
			return row.district ?? REMOTE;
		case 'category':
			return row.category;
		case 'organisation':
			return row.organisation;
		case 'venue':
			return row.venue ?? REMOTE;
		case 'month':
			return row.localDate.slice(0, 7);
		case 'audience':
			return row.audiences.length ? row.audiences : ['Ingen angiven'];
	}
}

type Tally = { keys: string[]; held: number; cancelled: number; reported: number; participants: number; events: Set<number> };

const newTally = (keys: string[]): Tally => ({ keys, held: 0, cancelled: 0, reported: 0, participants: 0, events: new Set() });

function count(t: Tally, r: ReportRow) {
	if (r.cancelled) {
		t.cancelled++;
		return;
	}
	t.held++;
	t.events.add(r.eventId);
	if (r.total !== null) {
		t.reported++;
		t.participants += r.total;
	}
}

function figures(t: Tally, hide: boolean): Figures {
	const { held, cancelled, reported, participants } = t;
	return {
		held,
		cancelled,
		reported,
		participants: hide ? null : participants,
		meanPerDate: hide || reported === 0 ? null : Math.round((participants / reported) * 10) / 10,
		shareReported: held === 0 ? null : Math.round((reported / held) * 1000) / 10,
		activities: t.events.size,
		suppressed: hide
	};
}

const asList = (k: string | string[]) => (typeof k === 'string' ? [k] : k);

/**
 * Participants of every one- and two-dimension table of these rows (reported dates only), the
 * input of the suppression plan.
 */
export function reportTables(rows: ReportRow[]) {
	const one = new Map<string, Counts>(DIMENSIONS.map((d) => [d, new Map()]));
	const two = new Map<string, Counts>();
	for (let i = 0; i < DIMENSIONS.length; i++) for (let j = i + 1; j < DIMENSIONS.length; j++) two.set(`${DIMENSIONS[i]}|${DIMENSIONS[j]}`, new Map());
	const add = (m: Counts, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
	for (const r of rows) {
		if (r.cancelled || r.total === null) continue;
		const keys = DIMENSIONS.map((d) => asList(keysOf(r, d)));
		for (let i = 0; i < DIMENSIONS.length; i++) {
			for (const k of keys[i]) add(one.get(DIMENSIONS[i])!, k, r.total);
			for (let j = i + 1; j < DIMENSIONS.length; j++) {
				const cells = two.get(`${DIMENSIONS[i]}|${DIMENSIONS[j]}`)!;
				for (const a of keys[i]) for (const b of keys[j]) add(cells, `${a}${SEP}${b}`, r.total);
			}
		}
	}
	return { one, two };
}

/** Which groups to hide in every table of these rows (see suppression.ts). */
export function suppressionPlan(rows: ReportRow[], below = SUPPRESS_BELOW): Plan {
	return planSuppression(reportTables(rows), below);
}

/**
 * Groups rows by the dimensions in one pass. With a plan, the groups it names show no participant
 * count (the total never hides). A date counts once in every audience it has.
 */
export function aggregate(rows: ReportRow[], dims: Dimension[], plan: Plan | null = null): { groups: Group[]; total: Figures } {
	const buckets = new Map<string, Tally>();
	const total = newTally([]);
	const add = (keys: string[], r: ReportRow) => {
		const id = keys.join('\u0000');
		let t = buckets.get(id);
		if (!t) buckets.set(id, (t = newTally(keys)));
		count(t, r);
	};
	for (const r of rows) {
		count(total, r);
		const parts = dims.map((d) => keysOf(r, d));
		if (parts.every((p) => typeof p === 'string')) add(parts as string[], r);
		else {
			let combos: string[][] = [[]];
			for (const p of parts) combos = combos.flatMap((c) => (typeof p === 'string' ? [[...c, p]] : p.map((k) => [...c, k])));
			for (const keys of combos) add(keys, r);
		}
	}
	const groups = [...buckets.values()]
		.map((t) => ({ keys: t.keys, figures: figures(t, Boolean(plan) && isHidden(plan!, dims, t.keys)) }))
		.sort((a, b) => a.keys.join(' ').localeCompare(b.keys.join(' '), 'sv'));
	return { groups, total: figures(total, false) };
}

export type PeriodKind = 'month' | 'term' | 'year' | 'custom';
export type Period = { kind: PeriodKind; from: string; to: string; label: string };

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

function lastDayOfMonth(y: number, m: number) {
	return addDays(`${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01`, -1);
}

/**
 * A report period from its URL value: month 2026-03, term 2026-VT (Jan–Jun) or 2026-HT (Jul–Dec),
 * year 2026, or custom from/to. Bounds are Stockholm calendar dates, inclusive.
 */
export function parsePeriod(kind: string, value: string, from?: string, to?: string): Period | null {
	if (kind === 'month') {
		const m = /^(\d{4})-(\d{2})$/.exec(value);
		if (!m || +m[2] < 1 || +m[2] > 12) return null;
		return { kind, from: `${value}-01`, to: lastDayOfMonth(+m[1], +m[2]), label: `${MONTHS[+m[2] - 1]} ${m[1]}` };
	}
	if (kind === 'term') {
		const m = /^(\d{4})-(VT|HT)$/i.exec(value);
		if (!m) return null;
		return m[2].toUpperCase() === 'VT'
			? { kind, from: `${m[1]}-01-01`, to: `${m[1]}-06-30`, label: `vårterminen ${m[1]}` }
			: { kind, from: `${m[1]}-07-01`, to: `${m[1]}-12-31`, label: `höstterminen ${m[1]}` };
	}
	if (kind === 'year') {
		if (!/^\d{4}$/.test(value)) return null;
		return { kind, from: `${value}-01-01`, to: `${value}-12-31`, label: `år ${value}` };
	}
	if (kind === 'custom' && from && to && isValidDate(from) && isValidDate(to) && from <= to && toDayNumber(to) - toDayNumber(from) <= 3 * 366)
		return { kind, from, to, label: `${from} – ${to}` };
	return null;
}

/** The period just before, of the same kind and length (for comparison). */
export function previousPeriod(p: Period): Period {
	const y = Number(p.from.slice(0, 4));
	if (p.kind === 'month') {
		const m = Number(p.from.slice(5, 7));
		const value = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
		return parsePeriod('month', value)!;
	}
	if (p.kind === 'term') return parsePeriod('term', p.from.slice(5, 7) === '01' ? `${y - 1}-HT` : `${y}-VT`)!;
	if (p.kind === 'year') return parsePeriod('year', String(y - 1))!;
	const days = toDayNumber(p.to) - toDayNumber(p.from) + 1;
	return { kind: 'custom', from: addDays(p.from, -days), to: addDays(p.from, -1), label: `${addDays(p.from, -days)} – ${addDays(p.from, -1)}` };
}

/** Per district: activities and participants per 1,000 residents aged 65+. */
export function coverage(rows: ReportRow[], districts: { name: string; residents65Plus: number }[], plan: Plan | null = null) {
	const { groups } = aggregate(rows, ['district'], plan);
	return districts.map((d) => {
		const g = groups.find((x) => x.keys[0] === d.name)?.figures;
		const per1000 = (n: number | null | undefined) => (n == null || d.residents65Plus === 0 ? null : Math.round((n / d.residents65Plus) * 10_000) / 10);
		return {
			district: d.name,
			residents65Plus: d.residents65Plus,
			activities: g?.activities ?? 0,
			held: g?.held ?? 0,
			participants: g ? g.participants : 0,
			suppressed: g?.suppressed ?? false,
			activitiesPer1000: per1000(g?.activities ?? 0),
			participantsPer1000: per1000(g ? g.participants : 0)
		};
	});
}

/** Whether a period is over, under way or still to come, as of a Stockholm date. */
export type PeriodStatus = 'past' | 'ongoing' | 'future';

export type CountedWindow = {
	status: PeriodStatus;
	/** Inclusive bounds of the dates counted; null when no day of the period has passed yet. */
	counted: { from: string; to: string } | null;
	elapsedDays: number;
	/** The same number of days from the start of the previous period (all of it when this one is over). */
	compared: { from: string; to: string } | null;
};

/**
 * Only dates that have passed count: a day is over when it is before `today` (Stockholm). An
 * unfinished period is compared with the same number of elapsed days of the previous one, so that
 * 1–10 December meets 1–10 November, never all of November.
 */
export function countedWindow(p: Period, prev: Period, today: string): CountedWindow {
	const yesterday = addDays(today, -1);
	if (p.to <= yesterday) return { status: 'past', counted: { from: p.from, to: p.to }, elapsedDays: toDayNumber(p.to) - toDayNumber(p.from) + 1, compared: { from: prev.from, to: prev.to } };
	if (p.from > yesterday) return { status: p.from > today ? 'future' : 'ongoing', counted: null, elapsedDays: 0, compared: null };
	const elapsedDays = toDayNumber(yesterday) - toDayNumber(p.from) + 1;
	const end = addDays(prev.from, elapsedDays - 1);
	return { status: 'ongoing', counted: { from: p.from, to: yesterday }, elapsedDays, compared: { from: prev.from, to: end < prev.to ? end : prev.to } };
}
