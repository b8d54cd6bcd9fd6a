/**
 * Small-cell suppression that subtraction cannot undo. Every report table (one dimension, or two)
 * is a view of the same counts: a two-dimension table's rows add up to a one-dimension table, and
 * those add up to the total that is always shown. So a hidden count must never be the only hidden
 * member of such a sum ("304 − 300 = 4").
 *
 * Primary: counts of 1–4 participants (below the threshold) are hidden everywhere. Secondary: while some sum has exactly
 * one hidden member, one more member of it is hidden (the smallest count that was reported, or the
 * line's own total when the line has no other). This runs over all tables of a period together, so
 * a one-dimension table hides the same cells whichever two-dimension table someone looks at.
 */

export const SUPPRESS_BELOW = 5;

/** Participants per group key, only for groups where some date was reported. */
export type Counts = Map<string, number>;

/** One-dimension counts per dimension, and two-dimension counts per ordered dimension pair "a|b". */
export type Tables = { one: Map<string, Counts>; two: Map<string, Counts> };

export type Plan = { one: Map<string, Set<string>>; two: Map<string, Set<string>> };

export const SEP = '\u0000';

function primary(counts: Counts, below: number) {
	return new Set([...counts].filter(([, n]) => n > 0 && n < below).map(([k]) => k));
}

/**
 * Every sum the published tables make, as lists of members: a one-dimension table adds up to the
 * total, each line of a two-dimension table to its one-dimension count. Ids: "1|dim|key" and
 * "2|pair|cell".
 */
function sums(tables: Tables) {
	const out: { id: string; members: string[] }[] = [];
	for (const [dim, counts] of tables.one) out.push({ id: `total|${dim}`, members: [...counts.keys()].map((k) => `1|${dim}|${k}`) });
	for (const [pair, counts] of tables.two) {
		const dims = pair.split('|');
		for (const side of [0, 1]) {
			const lines = new Map<string, string[]>();
			for (const cell of counts.keys()) {
				const k = cell.split(SEP)[side];
				if (!lines.has(k)) lines.set(k, [`1|${dims[side]}|${k}`]);
				lines.get(k)!.push(`2|${pair}|${cell}`);
			}
			for (const [k, members] of lines) out.push({ id: `${pair}|${side}|${k}`, members });
		}
	}
	return out;
}

function hiddenSet(plan: Plan, id: string) {
	const [kind, a, ...rest] = id.split('|');
	if (kind === '1') return { set: plan.one.get(a)!, key: rest.join('|') };
	return { set: plan.two.get(`${a}|${rest[0]}`)!, key: rest.slice(1).join('|') };
}

function countOf(tables: Tables, id: string) {
	const [kind, a, ...rest] = id.split('|');
	if (kind === '1') return tables.one.get(a)!.get(rest.join('|')) ?? 0;
	return tables.two.get(`${a}|${rest[0]}`)!.get(rest.slice(1).join('|')) ?? 0;
}

/**
 * Hidden members whose value the sums fix exactly, found by elimination per group of hidden
 * members that share sums (each group is small; the rest of the system does not touch it).
 */
function determined(eqs: { members: string[] }[], isHiddenId: (id: string) => boolean): string[] {
	const parent = new Map<string, string>();
	const find = (x: string): string => {
		while (parent.get(x) !== x) x = parent.get(x)!;
		return x;
	};
	const rows = eqs.map((e) => e.members.filter(isHiddenId)).filter((m) => m.length);
	for (const m of rows) for (const v of m) if (!parent.has(v)) parent.set(v, v);
	for (const m of rows) for (const v of m.slice(1)) parent.set(find(v), find(m[0]));
	const groups = new Map<string, string[][]>();
	for (const m of rows) {
		const g = find(m[0]);
		if (!groups.has(g)) groups.set(g, []);
		groups.get(g)!.push(m);
	}
	const out: string[] = [];
	for (const eqRows of groups.values()) {
		const vars = [...new Set(eqRows.flat())];
		const index = new Map(vars.map((v, i) => [v, i]));
		const matrix = eqRows.map((m) => {
			const r = new Array(vars.length).fill(0);
			for (const v of m) r[index.get(v)!] += 1;
			return r;
		});
		let r = 0;
		for (let c = 0; c < vars.length && r < matrix.length; c++) {
			let best = r;
			for (let i = r + 1; i < matrix.length; i++) if (Math.abs(matrix[i][c]) > Math.abs(matrix[best][c])) best = i;
			if (Math.abs(matrix[best][c]) < 1e-9) continue;
			[matrix[r], matrix[best]] = [matrix[best], matrix[r]];
			const pivot = matrix[r][c];
			for (let j = c; j < vars.length; j++) matrix[r][j] /= pivot;
			for (let i = 0; i < matrix.length; i++) {
				if (i === r || Math.abs(matrix[i][c]) < 1e-12) continue;
				const f = matrix[i][c];
				for (let j = c; j < vars.length; j++) matrix[i][j] -= f * matrix[r][j];
			}
			r++;
		}
		for (let i = 0; i < r; i++) {
			const nonzero = matrix[i].flatMap((x, j) => (Math.abs(x) > 1e-9 ? [j] : []));
			if (nonzero.length === 1) out.push(vars[nonzero[0]]);
		}
	}
	return out;
}

/** `below`: the smallest count shown (the admin's setting; SUPPRESS_BELOW by default). */
export function planSuppression(tables: Tables, below = SUPPRESS_BELOW): Plan {
	const plan: Plan = {
		one: new Map([...tables.one].map(([d, c]) => [d, primary(c, below)])),
		two: new Map([...tables.two].map(([p, c]) => [p, primary(c, below)]))
	};
	const eqs = sums(tables);
	const isHiddenId = (id: string) => {
		const h = hiddenSet(plan, id);
		return h.set.has(h.key);
	};
	const hide = (id: string) => {
		const h = hiddenSet(plan, id);
		h.set.add(h.key);
	};
	/** Hides the smallest shown member of the sum above zero; false when there is none. */
	const hideOneMore = (members: string[]) => {
		let best: string | null = null;
		let bestN = Infinity;
		for (const m of members) {
			if (isHiddenId(m) || m.startsWith('total|')) continue;
			const n = countOf(tables, m);
			// Prefer a cell over a one-dimension count: the smaller tables stay readable.
			const weight = n + (m.startsWith('1|') ? 1e6 : 0);
			if (n > 0 && weight < bestN) ((best = m), (bestN = weight));
		}
		if (best) hide(best);
		return Boolean(best);
	};
	const byMember = new Map<string, string[][]>();
	for (const e of eqs) for (const m of e.members) (byMember.get(m) ?? byMember.set(m, []).get(m)!).push(e.members);
	const fewestHiddenFirst = (a: string[], b: string[]) => a.filter(isHiddenId).length - b.filter(isHiddenId).length;
	/**
	 * For a hidden member the sums pin down: hide one more member of a sum it is in, or, when those
	 * have nothing left to hide, of the nearest sum reached through other hidden members.
	 */
	const protectNear = (start: string) => {
		const seen = new Set([start]);
		for (let frontier = [start]; frontier.length; ) {
			const next: string[] = [];
			for (const v of frontier)
				for (const members of [...(byMember.get(v) ?? [])].sort(fewestHiddenFirst)) {
					if (hideOneMore(members)) return true;
					for (const m of members) if (isHiddenId(m) && !seen.has(m)) (seen.add(m), next.push(m));
				}
			frontier = next;
		}
		return false;
	};
	for (let round = 0; round < 1000; round++) {
		// Secondary: no sum with exactly one hidden member.
		for (let changed = true; changed; ) {
			changed = false;
			for (const e of eqs) if (e.members.filter(isHiddenId).length === 1 && hideOneMore(e.members)) changed = true;
		}
		// And none that several sums pin down together.
		const fixed = determined(eqs, isHiddenId);
		if (!fixed.length) break;
		if (!fixed.some(protectNear)) break;
	}
	return plan;
}

/** Whether the plan hides a group of a table with these dimensions (two: in either order). */
export function isHidden(plan: Plan, dims: string[], keys: string[]): boolean {
	if (dims.length === 1) return plan.one.get(dims[0])?.has(keys[0]) ?? false;
	const direct = plan.two.get(`${dims[0]}|${dims[1]}`);
	if (direct) return direct.has(keys.join(SEP));
	return plan.two.get(`${dims[1]}|${dims[0]}`)?.has(`${keys[1]}${SEP}${keys[0]}`) ?? false;
}
