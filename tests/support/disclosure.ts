import { SEP, type Plan, type Tables } from '../../src/lib/domain/suppression';

/**
 * An attacker who has every one- and two-dimension table of a period and the total, and solves the
 * sums as a linear system. Returns the hidden counts whose value follows exactly ("304 − 300 = 4").
 * Only additive dimensions belong here (a date counts in several audiences, so those do not add up).
 */
export function recoverable(tables: Tables, plan: Plan, dims: string[]): string[] {
	const vars = new Map<string, number>();
	const idOne = (d: string, k: string) => `1:${d}:${k}`;
	const idTwo = (p: string, c: string) => `2:${p}:${c}`;
	for (const d of dims) for (const k of plan.one.get(d) ?? []) if (tables.one.get(d)!.has(k)) vars.set(idOne(d, k), vars.size);
	const pairs = [...tables.two.keys()].filter((p) => p.split('|').every((d) => dims.includes(d)));
	for (const p of pairs) for (const c of plan.two.get(p) ?? []) vars.set(idTwo(p, c), vars.size);
	const rows: number[][] = [];
	const equation = (members: { id: string; n: number; sign: number }[]) => {
		const row = new Array(vars.size + 1).fill(0);
		let useful = false;
		for (const m of members) {
			const v = vars.get(m.id);
			if (v === undefined) row[vars.size] -= m.sign * m.n;
			else ((row[v] += m.sign), (useful = true));
		}
		if (useful) rows.push(row);
	};
	const total = [...tables.one.get(dims[0])!.values()].reduce((a, b) => a + b, 0);
	for (const d of dims) {
		const members = [...tables.one.get(d)!].map(([k, n]) => ({ id: idOne(d, k), n, sign: 1 }));
		equation([...members, { id: 'total', n: total, sign: -1 }]);
	}
	for (const p of pairs) {
		const [a, b] = p.split('|');
		for (const side of [0, 1]) {
			const dim = side === 0 ? a : b;
			const lines = new Map<string, { id: string; n: number; sign: number }[]>();
			for (const [c, n] of tables.two.get(p)!) {
				const k = c.split(SEP)[side];
				if (!lines.has(k)) lines.set(k, []);
				lines.get(k)!.push({ id: idTwo(p, c), n, sign: 1 });
			}
			for (const [k, members] of lines) equation([...members, { id: idOne(dim, k), n: tables.one.get(dim)!.get(k) ?? 0, sign: -1 }]);
		}
	}
	// Reduced row echelon form; a variable is determined when a row holds it alone.
	const n = vars.size;
	let r = 0;
	for (let c = 0; c < n && r < rows.length; c++) {
		let best = r;
		for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i][c]) > Math.abs(rows[best][c])) best = i;
		if (Math.abs(rows[best][c]) < 1e-9) continue;
		[rows[r], rows[best]] = [rows[best], rows[r]];
		const pivot = rows[r][c];
		for (let j = c; j <= n; j++) rows[r][j] /= pivot;
		for (let i = 0; i < rows.length; i++) {
			if (i === r || Math.abs(rows[i][c]) < 1e-12) continue;
			const f = rows[i][c];
			for (let j = c; j <= n; j++) rows[i][j] -= f * rows[r][j];
		}
		r++;
	}
	const names = [...vars.keys()];
	const found: string[] = [];
	for (let i = 0; i < r; i++) {
		const nonzero = rows[i].slice(0, n).flatMap((x, j) => (Math.abs(x) > 1e-9 ? [j] : []));
		if (nonzero.length === 1) found.push(`${names[nonzero[0]]} = ${Math.round(rows[i][n])}`);
	}
	return found;
}
