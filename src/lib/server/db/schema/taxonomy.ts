import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';

export const categories = sqliteTable('categories', {
	id: integer('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	nameSv: text('name_sv').notNull(),
	nameEn: text('name_en').notNull(),
	icon: text('icon').notNull().default(''),
	sortOrder: integer('sort_order').notNull().default(0)
});

export const audiences = sqliteTable('audiences', {
	id: integer('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	nameSv: text('name_sv').notNull(),
	nameEn: text('name_en').notNull(),
	sortOrder: integer('sort_order').notNull().default(0)
});

/** ISO 639-1 code, e.g. sv, fi, ar. */
export const languages = sqliteTable('languages', {
	code: text('code').primaryKey(),
	nameSv: text('name_sv').notNull(),
	nameEn: text('name_en').notNull()
});
