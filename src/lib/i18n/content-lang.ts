import type { Locale } from './index';

/** `lang` for text that organisers and staff wrote (always Swedish) when the interface is in another language (WCAG 3.1.2). */
export function contentLang(locale: Locale): 'sv' | undefined {
	return locale === 'sv' ? undefined : 'sv';
}
