import { describe, expect, it } from 'vitest';
import { readEventForm, validateEventForm, type EventFormValues } from './event-form';

const TODAY = '2026-11-23';

/** A complete, valid weekly series as the form would post it, with overrides. */
function values(over: Record<string, string | string[]> = {}): EventFormValues {
	const form = new FormData();
	const fields: Record<string, string | string[]> = {
		title: 'Stavgång', summary: 'Vi går en timme i lugn takt.', category: 'motion', venue: 'telefon', scheduleKind: 'weekly',
		startDate: '2026-12-01', startTime: '10:00', endTime: '11:00', weekdays: ['2'], frequency: '1', costKind: 'free', languages: ['sv'],
		...over
	};
	for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) form.append(k, one);
	return readEventForm(form);
}

describe('event form: cost and places', () => {
	it('takes whole kronor, with or without "kr"', () => {
		for (const amount of ['20', '20 kr', ' 150 ']) {
			const r = validateEventForm(values({ costKind: 'paid', costAmount: amount }), TODAY);
			expect(r.ok, amount).toBe(true);
		}
		const r = validateEventForm(values({ costKind: 'paid', costAmount: '20 kr' }), TODAY);
		expect(r.ok && r.cost).toBe(20);
	});

	it('refuses öre and exponents instead of rounding them', () => {
		for (const amount of ['20,50', '20.5', '1e3', '-5', 'gratis']) {
			const r = validateEventForm(values({ costKind: 'paid', costAmount: amount }), TODAY);
			expect(r.ok ? null : r.errors.costAmount, amount).toBe('Skriv vad det kostar i hela kronor, till exempel 20.');
		}
	});

	it('says "at least one place" for 0 and a number for words', () => {
		const zero = validateEventForm(values({ capacity: '0' }), TODAY);
		expect(zero.ok ? null : zero.errors.capacity).toMatch(/minst 1 plats/);
		const words = validateEventForm(values({ capacity: 'tolv' }), TODAY);
		expect(words.ok ? null : words.errors.capacity).toBe('Skriv antal platser som en siffra, till exempel 12.');
		const ok = validateEventForm(values({ capacity: '12' }), TODAY);
		expect(ok.ok && ok.capacity).toBe(12);
	});

	it('a number over the limit is told the limit, however long it is', () => {
		for (const capacity of ['2001', '99999999']) {
			const r = validateEventForm(values({ capacity }), TODAY);
			expect(r.ok ? null : r.errors.capacity, capacity).toBe('Det kan vara högst 2000 platser.');
		}
		for (const costAmount of ['10001', '1000000']) {
			const r = validateEventForm(values({ costKind: 'paid', costAmount }), TODAY);
			expect(r.ok ? null : r.errors.costAmount, costAmount).toBe('Priset får vara högst 10 000 kr.');
		}
		const most = validateEventForm(values({ costKind: 'paid', costAmount: '10 000 kr', capacity: '2000' }), TODAY);
		expect(most.ok && [most.cost, most.capacity]).toEqual([10_000, 2000]);
	});

	it('keeps a last date within three years', () => {
		const far = validateEventForm(values({ until: '2099-12-31' }), TODAY);
		expect(far.ok ? null : far.errors.until).toMatch(/högst tre år/);
		expect(validateEventForm(values({ until: '2027-06-01' }), TODAY).ok).toBe(true);
	});
});
