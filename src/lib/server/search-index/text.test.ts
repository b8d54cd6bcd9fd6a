import { describe, expect, it } from 'vitest';
import { WordIndex, fold, searchTerms } from './text';

function index(docs: Record<number, [title: string, ...other: string[]]>) {
	const w = new WordIndex();
	for (const [slot, [title, ...other]] of Object.entries(docs)) w.set(Number(slot), { title, other });
	return w;
}
const slots = (w: WordIndex, q: string) => [...w.match(searchTerms(q)).slots].sort();

describe('searchTerms', () => {
	it('folds case and diacritics and keeps letters and digits only', () => {
		expect(fold('Stavgång Café ÖÄÅ')).toBe('stavgang cafe oaa');
		expect(searchTerms('"Stavgång" OR 1=1 --')).toEqual([{ word: 'stavgang', whole: false }]);
	});

	it('matches words of three letters or fewer whole, and drops one- and two-letter words beside longer ones', () => {
		expect(searchTerms('kör i Sanna')).toEqual([
			{ word: 'kor', whole: true },
			{ word: 'sanna', whole: false }
		]);
		expect(searchTerms('IT')).toEqual([{ word: 'it', whole: true }]);
		expect(searchTerms('*')).toEqual([]);
	});
});

describe('WordIndex', () => {
	const w = index({
		1: ['Kör för seniorer', 'Vi sjunger'],
		2: ['Seniorkören', 'Körklassiker och psalmer'],
		3: ['Skördefest', 'Äpplen'],
		4: ['Stavgång', 'Promenad med stavar'],
		5: ['Promenadgruppen', 'Stavgång och prat', 'PRO Karlskoga']
	});

	it('finds short words only as whole words', () => {
		expect(slots(w, 'kör')).toEqual([1]);
		expect(slots(w, 'KOR')).toEqual([1]);
		expect(slots(w, 'pro')).toEqual([5]);
	});

	it('finds longer words inside words (compounds), every word required', () => {
		expect(slots(w, 'stav')).toEqual([4, 5]);
		expect(slots(w, 'promenad stav')).toEqual([4, 5]);
		expect(slots(w, 'promenad kör')).toEqual([]);
	});

	it('tells which matches have every word in the title', () => {
		expect([...w.match(searchTerms('stavgång')).titleSlots]).toEqual([4]);
		expect([...w.match(searchTerms('promenad')).titleSlots]).toEqual([5]);
	});

	it('forgets an activity that is removed or changed', () => {
		const v = index({ 1: ['Bingo'], 2: ['Bingo', 'Kaffe'] });
		v.remove(1);
		expect(slots(v, 'bingo')).toEqual([2]);
		v.set(2, { title: 'Boule', other: [] });
		expect(slots(v, 'bingo')).toEqual([]);
		expect(v.unknown(searchTerms('bingo boule'))).toEqual([{ word: 'bingo', whole: false }]);
	});

	it('suggests the closest word the site has, with its å ä ö', () => {
		expect(w.closest('stavgamg')).toBe('stavgång');
		expect(w.closest('promenaf')).toBe('promenad');
		expect(w.closest('xyzxyzxyz')).toBeNull();
	});
});
