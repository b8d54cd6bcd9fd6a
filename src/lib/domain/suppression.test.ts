import { describe, expect, it } from 'vitest';
import { aggregate, reportTables, suppressionPlan, type ReportRow } from './reporting';
import { SUPPRESS_BELOW } from './suppression';
import { recoverable } from '../../../tests/support/disclosure';

const ADDITIVE = ['district', 'category', 'organisation', 'venue', 'month'];

/** A small deterministic generator (mulberry32), so a failure can be replayed by its seed. */
function random(seed: number) {
	return () => {
		seed |= 0;
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function generated(seed: number, n: number): ReportRow[] {
	const rnd = random(seed);
	const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
	const districts = ['Centrum', 'Bofors', 'Aggerud', 'Sanna', 'Ekeby', 'Granbergsdal'];
	const categories = ['Motion', 'Kultur', 'Samtal', 'Hälsa', 'Digital hjälp'];
	const organisations = ['PRO', 'SPF', 'Röda Korset', 'Kommunen', 'Kyrkan', 'ABF', 'Demensföreningen'];
	return Array.from({ length: n }, (_, i) => {
		const district = pick(districts);
		// Small counts on purpose: many cells of 1–4, some dates without a count, some cancelled.
		const total = rnd() < 0.1 ? null : Math.floor(rnd() ** 2 * 14);
		return {
			localDate: `2026-${pick(['03', '04', '05'])}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
			district,
			category: pick(categories),
			organisation: pick(organisations),
			venue: `${district} ${pick(['lokal 1', 'lokal 2'])}`,
			audiences: rnd() < 0.3 ? ['Alla äldre', 'Anhöriga'] : ['Alla äldre'],
			eventId: i % 40,
			cancelled: rnd() < 0.05,
			total
		};
	});
}

describe('small-cell suppression', () => {
	it('cannot be undone by subtraction: 304 − 300 = 4 no longer works', () => {
		const row = (category: string, total: number): ReportRow => ({ localDate: '2026-03-02', district: 'Centrum', category, organisation: 'PRO', venue: 'Kulturhuset', audiences: [], eventId: 1, cancelled: false, total });
		const rows = [row('Motion', 150), row('Kultur', 150), row('Samtal', 4), { ...row('Motion', 40), district: 'Bofors' }];
		const plan = suppressionPlan(rows);
		const two = aggregate(rows, ['district', 'category'], plan);
		const centrum = two.groups.filter((g) => g.keys[0] === 'Centrum');
		expect(centrum.find((g) => g.keys[1] === 'Samtal')!.figures.suppressed).toBe(true);
		// Centrum's total (304) is public in the district table, so one more Centrum cell is hidden.
		expect(centrum.filter((g) => g.figures.suppressed).length).toBeGreaterThanOrEqual(2);
		expect(recoverable(reportTables(rows), plan, ADDITIVE)).toEqual([]);
	});

	it('hides every count of 1–4, in one-dimension tables too, and never the total', () => {
		const rows = generated(7, 300);
		const plan = suppressionPlan(rows);
		for (const dims of [['district'], ['category'], ['district', 'category'], ['organisation', 'month']] as const) {
			const { groups, total } = aggregate(rows, [...dims], plan);
			expect(total.suppressed).toBe(false);
			for (const g of groups) {
				const raw = aggregate(rows, [...dims]).groups.find((x) => x.keys.join() === g.keys.join())!.figures.participants!;
				if (raw > 0 && raw < SUPPRESS_BELOW) expect(g.figures.suppressed, `${dims.join('×')} ${g.keys.join('/')}`).toBe(true);
				if (g.figures.suppressed) expect(g.figures.participants).toBeNull();
			}
		}
	});

	it('leaves no hidden count that the tables together give away, on generated data', () => {
		let hiddenSomewhere = 0;
		for (const [seed, n] of Array.from({ length: 40 }, (_, i) => [i + 1, 30 + ((i * 97) % 1200)])) {
			const rows = generated(seed, n);
			const plan = suppressionPlan(rows);
			hiddenSomewhere += [...plan.one.values(), ...plan.two.values()].reduce((s, h) => s + h.size, 0);
			expect(recoverable(reportTables(rows), plan, ADDITIVE), `seed ${seed}, ${n} dates`).toEqual([]);
		}
		expect(hiddenSomewhere).toBeGreaterThan(100);
	});

	it('hides the same one-dimension cells whichever second dimension is shown', () => {
		const rows = generated(11, 200);
		const plan = suppressionPlan(rows);
		const byDistrict = aggregate(rows, ['district'], plan).groups.filter((g) => g.figures.suppressed).map((g) => g.keys[0]);
		expect(aggregate(rows, ['district'], plan).groups.filter((g) => g.figures.suppressed).map((g) => g.keys[0])).toEqual(byDistrict);
		const a = aggregate(rows, ['district', 'category'], plan).groups.filter((g) => g.figures.suppressed).map((g) => g.keys.join('/'));
		const b = aggregate(rows, ['category', 'district'], plan).groups.filter((g) => g.figures.suppressed).map((g) => `${g.keys[1]}/${g.keys[0]}`);
		expect(new Set(b)).toEqual(new Set(a));
	});
});
