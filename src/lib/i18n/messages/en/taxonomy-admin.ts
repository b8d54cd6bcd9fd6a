import { taxonomyAdmin, type TaxonomyAdminMessages } from '../taxonomy-admin';

const en: TaxonomyAdminMessages = { title: 'Categories and audiences', categories: 'Categories', audiences: 'Audiences', slug: 'Short name (in addresses)', nameSv: 'Name in Swedish', nameEn: 'Name in English', save: 'Save', add: 'Add', saved: 'Saved.' };

taxonomyAdmin.en = en;
