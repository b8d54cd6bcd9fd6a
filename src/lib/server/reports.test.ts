import { describe, expect, it } from 'vitest';
import { reportQuery } from './reports';

const q = (search: string) => reportQuery(new URL(`http://x/personal/rapporter?${search}`));

describe('report settings from the URL', () => {
	it('reads each period kind', () => {
		expect(q('period=manad&varde=2026-03').period).toMatchObject({ from: '2026-03-01', to: '2026-03-31', label: 'mars 2026' });
		expect(q('period=termin&varde=2026-ht').period).toMatchObject({ from: '2026-07-01', to: '2026-12-31', label: 'höstterminen 2026' });
		expect(q('period=ar&varde=2025').period).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
		expect(q('period=egen&fran=2026-02-10&till=2026-03-09').period).toMatchObject({ kind: 'custom', from: '2026-02-10', to: '2026-03-09' });
	});

	it('reads a value left over from another kind in the chosen kind', () => {
		expect(q('period=ar&varde=2025-10').period).toMatchObject({ kind: 'year', from: '2025-01-01' });
		expect(q('period=termin&varde=2026-03').period).toMatchObject({ kind: 'term', from: '2026-01-01', to: '2026-06-30' });
		expect(q('period=ar&varde=2025-10').invalid).toBeNull();
	});

	it('falls back to last month and says which field was wrong', () => {
		const bad = q('period=termin&varde=hej');
		expect(bad.invalid).toBe('value');
		expect(bad.period.kind).toBe('month');
		expect(q('period=manad&varde=2026-13').invalid).toBe('value');
		expect(q('period=egen&fran=2026-05-01&till=2026-01-01').invalid).toBe('custom');
		expect(q('').invalid).toBeNull();
	});
});
