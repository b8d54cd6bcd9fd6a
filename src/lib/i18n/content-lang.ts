import type { Locale } from './index';

/** `lang` for text that organisers and staff wrote (always Swedish) when the interface is in another language (WCAG 3.1.2). */
export function contentLang(locale: Locale): 'sv' | undefined {
	return locale === 'sv' ? undefined : 'sv';
}

export type LocalText = { text: string; lang: 'sv' | 'fi' | undefined };

/**
 * Organiser text with an optional Finnish version: the Finnish one in the Finnish interface (marked
 * `lang="fi"`), otherwise the Swedish one, marked `lang="sv"` wherever the interface is not Swedish.
 */
export function localText(sv: string, fi: string | null | undefined, locale: Locale): LocalText {
	return locale === 'fi' && fi ? { text: fi, lang: 'fi' } : { text: sv, lang: contentLang(locale) };
}
