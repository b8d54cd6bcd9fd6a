import { asc } from 'drizzle-orm';
import type { Db } from '../index';
import { audiences, categories, districts, languages } from '../schema';

export type Option = { slug: string; nameSv: string; nameEn: string };

export function listCategories(db: Db) {
	return db
		.select({ slug: categories.slug, nameSv: categories.nameSv, nameEn: categories.nameEn, icon: categories.icon })
		.from(categories)
		.orderBy(asc(categories.sortOrder))
		.all();
}

export function listAudiences(db: Db): Option[] {
	return db
		.select({ slug: audiences.slug, nameSv: audiences.nameSv, nameEn: audiences.nameEn })
		.from(audiences)
		.orderBy(asc(audiences.sortOrder))
		.all();
}

export function listLanguages(db: Db): Option[] {
	return db
		.select({ slug: languages.code, nameSv: languages.nameSv, nameEn: languages.nameEn })
		.from(languages)
		.orderBy(asc(languages.nameSv))
		.all();
}

export function listDistrictOptions(db: Db): Option[] {
	return db
		.select({ slug: districts.slug, nameSv: districts.name, nameEn: districts.name })
		.from(districts)
		.orderBy(asc(districts.name))
		.all();
}

export type FilterVocabulary = {
	districts: Option[];
	categories: (Option & { icon: string })[];
	audiences: Option[];
	languages: Option[];
};

/** All filter vocabularies at once, for forms and facet labels. */
export function filterVocabulary(db: Db): FilterVocabulary {
	return {
		districts: listDistrictOptions(db),
		categories: listCategories(db),
		audiences: listAudiences(db),
		languages: listLanguages(db)
	};
}
