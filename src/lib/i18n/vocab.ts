import type { Locale } from './index';
import { vocabNames } from './messages/vocab';

type Named = { slug: string; nameSv: string; nameEn?: string };

/** A category, audience or language in the interface language; Finnish names come from the messages. */
export function vocabName(o: Named, locale: Locale): string {
	if (locale === 'en') return o.nameEn ?? o.nameSv;
	if (locale === 'fi') return vocabNames.fi[o.slug] ?? o.nameSv;
	return o.nameSv;
}
