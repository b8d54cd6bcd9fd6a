import { describe, expect, it } from 'vitest';
import { levelOf, lix, splitSentences } from './lix';

describe('LIX', () => {
	it('is words per sentence plus per cent long words (more than six letters)', () => {
		// 8 words, 2 sentences, 1 long word ("promenad" has 8 letters): 8/2 + 100·1/8 = 16.5 → 17
		expect(lix('Vi går en promenad. Alla får vara med.')).toMatchObject({ lix: 17, words: 8, sentences: 2, longWords: 1, longestSentence: 4 });
	});

	it('counts letters, not characters, and a word of exactly six letters is not long', () => {
		expect(lix('Kaffet kostar.').longWords).toBe(0);
		expect(lix('Bullarna kostar.').longWords).toBe(1);
		expect(lix('Ring 0586-614 024.').words).toBe(3);
	});

	it('treats every line as a sentence, with or without a full stop', () => {
		expect(splitSentences('Vi fikar\nDu kan komma\n\nAlla är välkomna!')).toEqual(['Vi fikar', 'Du kan komma', 'Alla är välkomna!']);
		expect(splitSentences('Klockan 10: vi börjar. Tervetuloa!')).toHaveLength(3);
	});

	it('has a plain verdict and a target length of about 3–8 sentences', () => {
		expect(lix('')).toMatchObject({ level: 'empty', length: 'empty', lix: 0 });
		expect(lix('  \n ').level).toBe('empty');
		expect(lix('Vi fikar. Du kan komma.').length).toBe('short');
		expect(lix('Vi fikar. Du kan komma. Det kostar inget.').length).toBe('good');
		expect(lix(Array(9).fill('Vi fikar.').join(' ')).length).toBe('long');
		expect([levelOf(20), levelOf(25), levelOf(30), levelOf(31), levelOf(41)]).toEqual(['very-easy', 'easy', 'easy', 'medium', 'hard']);
	});

	it('gives an official-sounding text a high figure', () => {
		const text = 'Verksamheten bedrivs i samverkan mellan kommunens förebyggande enhet och civilsamhällets organisationer, i enlighet med handlingsplanen.';
		expect(lix(text).level).toBe('hard');
	});
});
