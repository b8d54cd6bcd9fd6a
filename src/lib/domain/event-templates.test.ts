import { describe, expect, it } from 'vitest';
import { EVENT_TEMPLATES } from './event-templates';
import { lix } from './lix';

describe('event templates', () => {
	it.each(Object.entries(EVENT_TEMPLATES))('%s comes with an easy-read text: 3–8 short sentences, one a line, LIX under 30', (_, t) => {
		const text = t.values.easyRead ?? '';
		const r = lix(text);
		expect(r.length).toBe('good');
		expect(r.lix).toBeLessThan(30);
		expect(r.longestSentence).toBeLessThanOrEqual(12);
		expect(text.split('\n')).toHaveLength(r.sentences);
	});
});
