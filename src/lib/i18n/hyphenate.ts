import type { Locale } from './index';

const SHY = '\u00AD';
const VOWEL = 'aeiouyäöå';

/**
 * Soft hyphens in long Finnish words, so that a narrow column (a phone at 200 % text) breaks
 * "Il-moit-tau-tu-mi-nen" at a syllable with a hyphen rather than anywhere. Finnish's main rule is
 * enough here: a break goes before a consonant that is followed by a vowel. Browsers show the
 * hyphen only where they break; `hyphens: auto` needs a dictionary that not every browser has.
 */
export function softHyphens(text: string, locale: Locale, minLength = 10): string {
	if (locale !== 'fi') return text;
	return text.replace(/\p{L}+/gu, (word) => {
		if (word.length < minLength) return word;
		let out = '';
		for (let i = 0; i < word.length; i++) {
			const here = word[i].toLowerCase();
			const next = word[i + 1]?.toLowerCase() ?? '';
			if (i >= 2 && i <= word.length - 3 && !VOWEL.includes(here) && VOWEL.includes(next)) out += SHY;
			out += word[i];
		}
		return out;
	});
}
