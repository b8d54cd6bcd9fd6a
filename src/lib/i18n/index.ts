export const locales = ['sv', 'fi', 'en'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
	return value === 'sv' || value === 'fi' || value === 'en';
}

/** Each language named in itself, for the language switcher (Svenska · Suomi · English). */
export const localeNames: Record<Locale, string> = { sv: 'Svenska', fi: 'Suomi', en: 'English' };

/**
 * Message bundles are `{ sv, en, fi }`; Swedish is the source and the others must match its shape.
 * Bundles of the organiser and staff areas keep `fi: sv`: those areas are shown in Swedish to
 * visitors who chose Finnish (see `areaLocale`), so their Finnish half is never read.
 */
export type Bundle<T> = { sv: T; en: T; fi: T };

export function pick<T>(bundle: Bundle<T>, locale: Locale | undefined | null): T {
	return bundle[locale ?? 'sv'];
}

/** The organiser and staff areas (and sign-in) exist in Swedish and English only. */
export function areaLocale(locale: Locale, pathname: string): Locale {
	return locale === 'fi' && /^\/(forening|personal|konto)(\/|$)/.test(pathname) ? 'sv' : locale;
}
