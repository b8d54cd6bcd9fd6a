const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The text a search field should show: the page's filters (after Back, or a removed-search chip),
 * except while the visitor is still typing. A navigation that a tick or the field itself started
 * comes back with the words as they were then; showing those would drop the keys typed since. So a
 * focused field whose own text begins with the arriving words keeps its text. Use it as
 * `value={typedText(input, filters.q)}`: Svelte then finds the value already there and leaves it.
 */
export function typedText(input: HTMLInputElement | undefined, next: string): string {
	if (!input || typeof document === 'undefined' || document.activeElement !== input) return next;
	return tidy(input.value).startsWith(tidy(next)) ? input.value : next;
}
