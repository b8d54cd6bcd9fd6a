import { describe, expect, it } from 'vitest';
import { contrastRatio, embedOptionParams, eventRef, parseEmbedOptions, readableColour } from './embed';

describe('embed options', () => {
	it('falls back to the defaults for missing or odd values', () => {
		const o = parseEmbedOptions(new URLSearchParams('lang=de&tema=mork&antal=-3&lank=x'));
		expect(o).toEqual({ lang: 'sv', theme: 'ljus', limit: 10, colour: '0b5a4a', colourNote: null, newWindow: false });
	});
	it('reads every option and caps the limit', () => {
		const o = parseEmbedOptions(new URLSearchParams('lang=fi&tema=kontrast&antal=500&farg=%23003366&lank=nytt-fonster'));
		expect(o).toMatchObject({ lang: 'fi', theme: 'kontrast', limit: 50, colour: '003366', newWindow: true });
		expect(embedOptionParams(o).toString()).toBe('lang=fi&tema=kontrast&antal=50&farg=003366&lank=nytt-fonster');
	});
	it('darkens a colour that is unreadable on white and refuses one that is not a colour', () => {
		const yellow = readableColour('ffff00');
		expect(yellow.note).toBe('darkened');
		expect(contrastRatio(yellow.colour, 'ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(readableColour('abc').colour).not.toBe('aabbcc');
		expect(readableColour('red;}body{').note).toBe('invalid');
		expect(readableColour('000').colour).toBe('000000');
	});
	it('computes WCAG contrast', () => {
		expect(contrastRatio('000000', 'ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('767676', 'ffffff')).toBeGreaterThanOrEqual(4.5);
	});
	it('reads an event reference as id or id-slug', () => {
		expect(eventRef('12')).toBe(12);
		expect(eventRef('12-kaffe-och-prat')).toBe(12);
		expect(eventRef('kaffe')).toBeNull();
		expect(eventRef('12;drop')).toBeNull();
	});
});
