import { distance } from 'fastest-levenshtein';

/** Lower case without diacritics, as the old trigram index compared: "Stavgång" → "stavgang". */
export function fold(text: string) {
	return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Words (runs of letters and digits) of a text, folded, each once. */
export function words(text: string): string[] {
	return distinctWords(text).words;
}

const folded = new Map<string, string>();
function foldWord(raw: string) {
	let w = folded.get(raw);
	if (w === undefined) {
		w = fold(raw);
		if (folded.size > 100_000) folded.clear();
		folded.set(raw, w);
	}
	return w;
}

type TextWords = { words: string[]; display: string[] };
/**
 * Distinct words of a text, remembered by text: an index rebuilt after a write sees the same
 * titles, descriptions, organisations and places again and need not split them again.
 */
const byText = new Map<string, TextWords>();

function distinctWords(text: string): TextWords {
	let known = byText.get(text);
	if (known) return known;
	const raw = new Set(text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? []);
	known = { words: [], display: [] };
	const seen = new Set<string>();
	// Marks belong to the word they follow, so that a decomposed "å" splits nothing.
	for (const r of raw) {
		const w = foldWord(r);
		if (!w || seen.has(w)) continue;
		seen.add(w);
		known.words.push(w);
		known.display.push(r.normalize('NFC'));
	}
	if (byText.size > 100_000) byText.clear();
	byText.set(text, known);
	return known;
}

/**
 * How a query's words are matched. Words of four letters or more match anywhere inside a word
 * ("café" finds Stickcafé, "stav" finds Stavgång); shorter words match whole words only ("kör" finds
 * Kör but not Skördefest). Words of one or two letters are left out when a longer word remains
 * ("kör i Sanna"). Every word that is kept must match (in any of the searched fields).
 */
export type Term = { word: string; whole: boolean };

export function searchTerms(q: string): Term[] {
	const all = words(q.normalize('NFC'));
	const longer = all.some((w) => [...w].length >= 3);
	return [...new Set(all)]
		.filter((w) => !longer || [...w].length >= 3)
		.slice(0, 8)
		.map((word) => ({ word, whole: [...word].length <= 3 }));
}

export type TextFields = { title: string; other: string[] };

/**
 * Words of every searchable activity, each with the activities (slots) it appears in, in any field
 * and in the title. Kept up to date one activity at a time; postings are plain arrays of slots.
 */
export class WordIndex {
	private any = new Map<string, number[]>();
	private inTitle = new Map<string, number[]>();
	private display = new Map<string, string>();
	private bySlot = new Map<number, { text: string; any: string[]; title: string[] }>();
	private memo = new Map<string, string[]>();

	set(slot: number, fields: TextFields) {
		const text = [fields.title, ...fields.other].join('\u0000');
		if (this.bySlot.get(slot)?.text === text) return;
		this.remove(slot);
		const title = distinctWords(fields.title).words;
		const any = new Set(title);
		for (const field of [fields.title, ...fields.other]) {
			const { words, display } = distinctWords(field);
			for (let i = 0; i < words.length; i++) {
				if (any.has(words[i]) && field !== fields.title) continue;
				any.add(words[i]);
				if (!this.display.has(words[i])) this.display.set(words[i], display[i]);
			}
		}
		for (const w of any) add(this.any, w, slot);
		for (const w of title) add(this.inTitle, w, slot);
		this.bySlot.set(slot, { text, any: [...any], title });
		this.memo.clear();
	}

	remove(slot: number) {
		const known = this.bySlot.get(slot);
		if (!known) return;
		for (const w of known.any) drop(this.any, w, slot);
		for (const w of known.title) drop(this.inTitle, w, slot);
		this.bySlot.delete(slot);
		this.memo.clear();
	}

	/** Words of the index that a term matches: itself (whole words) or every word containing it. */
	private wordsFor(term: Term): string[] {
		if (term.whole) return this.any.has(term.word) ? [term.word] : [];
		let found = this.memo.get(term.word);
		if (!found) {
			found = [];
			for (const w of this.any.keys()) if (w.includes(term.word)) found.push(w);
			if (this.memo.size > 500) this.memo.clear();
			this.memo.set(term.word, found);
		}
		return found;
	}

	/** Slots matching every term, and those of them whose title alone matches every term. */
	match(terms: Term[]): { slots: Set<number>; titleSlots: Set<number> } {
		let slots: Set<number> | null = null;
		let titleSlots: Set<number> | null = null;
		for (const term of terms) {
			const found = this.wordsFor(term);
			const here = union(found.map((w) => this.any.get(w)!), slots);
			const titled = union(found.map((w) => this.inTitle.get(w) ?? []), titleSlots);
			slots = here;
			titleSlots = titled;
		}
		return { slots: slots ?? new Set(), titleSlots: titleSlots ?? new Set() };
	}

	/** Terms that match no word at all. */
	unknown(terms: Term[]) {
		return terms.filter((t) => this.wordsFor(t).length === 0);
	}

	/**
	 * The word of the index closest to `word` (one typo for short words, two for longer ones),
	 * preferring words that are in titles and then those in more activities. Null when none is close.
	 */
	closest(word: string): string | null {
		const max = [...word].length <= 4 ? 1 : 2;
		let best: { w: string; d: number; title: number; n: number } | null = null;
		for (const [w, slots] of this.any) {
			if (Math.abs(w.length - word.length) > max || w.length < 3) continue;
			const d = distance(w, word);
			if (d === 0 || d > max) continue;
			const title = this.inTitle.has(w) ? 1 : 0;
			if (!best || d < best.d || (d === best.d && (title > best.title || (title === best.title && slots.length > best.n))))
				best = { w, d, title, n: slots.length };
		}
		return best ? (this.display.get(best.w) ?? best.w) : null;
	}

	get size() {
		return this.any.size;
	}
}

function add(map: Map<string, number[]>, w: string, slot: number) {
	const list = map.get(w);
	if (list) list.push(slot);
	else map.set(w, [slot]);
}

function drop(map: Map<string, number[]>, w: string, slot: number) {
	const list = map.get(w);
	if (!list) return;
	const i = list.lastIndexOf(slot);
	if (i < 0) return;
	list[i] = list[list.length - 1];
	list.pop();
	if (!list.length) map.delete(w);
}

/** Slots in any of `lists`, kept only where also in `within` (when given). */
function union(lists: number[][], within: Set<number> | null) {
	const out = new Set<number>();
	for (const list of lists) for (const x of list) if (!within || within.has(x)) out.add(x);
	return out;
}
