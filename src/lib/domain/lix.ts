/**
 * LIX (läsbarhetsindex, Björnsson 1968): words per sentence plus the share of long words (more than
 * six letters) in per cent. Easy-read Swedish (lättläst) is usually below 30; a newspaper about 40.
 * Pure: the organiser form runs it live in the browser and on the server for the no-JavaScript page.
 */
export type LixLevel = 'empty' | 'very-easy' | 'easy' | 'medium' | 'hard';
export type LixLength = 'empty' | 'short' | 'good' | 'long';

export type Lix = {
	lix: number;
	words: number;
	sentences: number;
	longWords: number;
	/** The longest sentence, in words. */
	longestSentence: number;
	level: LixLevel;
	/** Against the target of about 3–8 short sentences. */
	length: LixLength;
};

export const LIX_TARGET = { minSentences: 3, maxSentences: 8, maxLix: 30, maxWordsPerSentence: 12 } as const;

const WORD = /\p{L}[\p{L}\p{N}'’-]*|\p{N}+(?:[-.,:]\p{N}+)*/gu;

/** Sentences end with . ! ? or : before a space, and at every line end (easy-read is one sentence a line). */
export function splitSentences(text: string): string[] {
	return text
		.split(/\n+|(?<=[.!?:])\s+/)
		.map((s) => s.trim())
		.filter((s) => (s.match(WORD) ?? []).length > 0);
}

const letters = (word: string) => (word.match(/\p{L}/gu) ?? []).length;

export function levelOf(lix: number): Exclude<LixLevel, 'empty'> {
	return lix < 25 ? 'very-easy' : lix <= LIX_TARGET.maxLix ? 'easy' : lix <= 40 ? 'medium' : 'hard';
}

export function lix(text: string): Lix {
	const sentences = splitSentences(text);
	const perSentence = sentences.map((s) => s.match(WORD) ?? []);
	const all = perSentence.flat();
	if (!all.length) return { lix: 0, words: 0, sentences: 0, longWords: 0, longestSentence: 0, level: 'empty', length: 'empty' };
	const longWords = all.filter((w) => letters(w) > 6).length;
	const value = Math.round(all.length / sentences.length + (100 * longWords) / all.length);
	const n = sentences.length;
	return {
		lix: value,
		words: all.length,
		sentences: n,
		longWords,
		longestSentence: Math.max(...perSentence.map((w) => w.length)),
		level: levelOf(value),
		length: n < LIX_TARGET.minSentences ? 'short' : n > LIX_TARGET.maxSentences ? 'long' : 'good'
	};
}
