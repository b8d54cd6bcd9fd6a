import { describe, expect, it } from 'vitest';
import { softHyphens } from './hyphenate';

const shown = (s: string) => s.replaceAll('\u00AD', '-');

describe('soft hyphens in long Finnish words', () => {
	it('breaks before a consonant followed by a vowel', () => {
		expect(shown(softHyphens('Ilmoittautuminen', 'fi'))).toBe('Il-moit-tau-tu-mi-nen');
		expect(shown(softHyphens('Yhteystiedot', 'fi'))).toBe('Yh-teys-tie-dot');
		expect(shown(softHyphens('Esteettömyys', 'fi'))).toBe('Es-teet-tö-myys');
	});

	it('leaves short words, other languages and the text itself alone', () => {
		expect(softHyphens('Hinta ja paikka', 'fi')).toBe('Hinta ja paikka');
		expect(softHyphens('Tillgänglighet', 'sv')).toBe('Tillgänglighet');
		expect(softHyphens('Ilmoittautuminen vaaditaan.', 'fi').replaceAll('\u00AD', '')).toBe('Ilmoittautuminen vaaditaan.');
	});
});
