const sv = { title: 'Kategorier och målgrupper', categories: 'Kategorier', audiences: 'Målgrupper', slug: 'Kortnamn (i adresser)', nameSv: 'Namn på svenska', nameEn: 'Namn på engelska', save: 'Spara', add: 'Lägg till', saved: 'Sparat.' };
export type TaxonomyAdminMessages = typeof sv;
const en: TaxonomyAdminMessages = { title: 'Categories and audiences', categories: 'Categories', audiences: 'Audiences', slug: 'Short name (in addresses)', nameSv: 'Name in Swedish', nameEn: 'Name in English', save: 'Save', add: 'Add', saved: 'Saved.' };
export const taxonomyAdmin = { sv, en };
