import type { Bundle } from '../index';

const sv = { title: 'Kategorier och målgrupper', categories: 'Kategorier', audiences: 'Målgrupper', slug: 'Kortnamn (i adresser)', nameSv: 'Namn på svenska', nameEn: 'Namn på engelska', save: 'Spara', add: 'Lägg till', saved: 'Sparat.' };
export type TaxonomyAdminMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const taxonomyAdmin: Bundle<TaxonomyAdminMessages> = { sv, en: sv, fi: sv };
