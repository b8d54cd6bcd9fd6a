import { describe, expect, it } from 'vitest';
import { embedCsp, embedFrameAncestors, embedSnippet, isEmbedPath } from './embed';

describe('embed headers', () => {
	it('frames only the pages under /inbaddning/, not the generator', () => {
		expect(isEmbedPath('/inbaddning/lista')).toBe(true);
		expect(isEmbedPath('/inbaddning')).toBe(false);
		expect(isEmbedPath('/aktiviteter')).toBe(false);
	});
	it('takes a configured source list and falls back to * for anything that could break the CSP', () => {
		expect(embedFrameAncestors({})).toBe('*');
		expect(embedFrameAncestors({ EMBED_FRAME_ANCESTORS: ' https://www.karlskoga.se  https://*.example.org ' })).toBe('https://www.karlskoga.se https://*.example.org');
		expect(embedFrameAncestors({ EMBED_FRAME_ANCESTORS: "https://a.se; script-src 'unsafe-inline'" })).toBe('*');
	});
	it('replaces only frame-ancestors in the CSP', () => {
		const csp = "default-src 'self'; script-src 'self'; frame-ancestors 'none'";
		expect(embedCsp(csp, 'https://a.se')).toBe("default-src 'self'; script-src 'self'; frame-ancestors https://a.se");
	});
	it('escapes the snippet’s attributes', () => {
		const s = embedSnippet('https://t.se', '/inbaddning/lista?a=1&b=2', 'Aktiviteter: ”x\"<');
		expect(s).toContain('src="https://t.se/inbaddning/lista?a=1&amp;b=2"');
		expect(s).toContain('title="Aktiviteter: ”x&quot;&lt;"');
		expect(s).toContain('<script src="https://t.se/inbaddning.js" async></script>');
	});
});
