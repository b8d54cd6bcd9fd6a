import { describe, expect, it } from 'vitest';
import { pageCacheKey } from './page-cache';

const key = (path: string, raw = path, isData = false) =>
	pageCacheKey(new URL(path, 'http://x'), new URL(raw, 'http://x'), isData, 'sv', 'normal');

describe('pageCacheKey', () => {
	it('keeps a page and its data request apart (SvelteKit strips /__data.json from event.url)', () => {
		const page = key('/stadsdelar');
		const data = key('/stadsdelar', '/stadsdelar/__data.json?x-sveltekit-invalidated=01', true);
		expect(page).not.toBe(data);
		expect(data).not.toBe(key('/stadsdelar', '/stadsdelar/__data.json?x-sveltekit-invalidated=11', true));
	});

	it('leaves unknown parameters out of page keys, so junk cannot fill the cache', () => {
		expect(key('/aktiviteter?x=1')).toBe(key('/aktiviteter?x=2'));
		expect(key('/aktiviteter?utm_source=a&stadsdel=sanna')).toBe(key('/aktiviteter?stadsdel=sanna'));
		expect(key('/platser?nara=a&x=1')).toBe(key('/platser?nara=a'));
		expect(key('/aktiviteter?stadsdel=sanna')).not.toBe(key('/aktiviteter?stadsdel=ekeby'));
		expect(key('/program?vecka=2026-W49&stadsdel=sanna')).toContain('vecka=2026-W49');
	});

	it('keeps the whole query for feeds and the API: they answer unknown parameters with 400, which is never cached', () => {
		expect(key('/kalender.ics?x=1')).not.toBe(key('/kalender.ics?x=2'));
		expect(key('/rss.xml?utm_source=a')).toContain('utm_source=a');
		expect(key('/api/v1/aktiviteter?per-sida=5')).not.toBe(key('/api/v1/aktiviteter?per-sida=6'));
	});

	it('keys on language and text size', () => {
		const url = new URL('http://x/');
		expect(pageCacheKey(url, url, false, 'sv', 'normal')).not.toBe(pageCacheKey(url, url, false, 'en', 'normal'));
		expect(pageCacheKey(url, url, false, 'sv', 'normal')).not.toBe(pageCacheKey(url, url, false, 'sv', 'larger'));
	});
});

describe('pageCacheKey for embeds', () => {
	it('keys on the embed options (language, theme, limit, colour, links)', () => {
		const base = key('/inbaddning/lista?stadsdel=sanna');
		for (const extra of ['lang=en', 'tema=kontrast', 'antal=3', 'farg=003366', 'lank=nytt-fonster'])
			expect(key(`/inbaddning/lista?stadsdel=sanna&${extra}`)).not.toBe(base);
	});
});
