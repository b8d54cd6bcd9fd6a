export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
	return value === 'sv' || value === 'en';
}

/** Message bundles are `{ sv, en }` pairs; Swedish is the source and English must match its shape. */
export type Bundle<T> = { sv: T; en: T };

export function pick<T>(bundle: Bundle<T>, locale: Locale | undefined | null): T {
	return bundle[locale ?? 'sv'];
}
