import { pgTable, integer, text } from 'drizzle-orm/pg-core';

export const categories = pgTable('categories', {
	id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
	slug: text('slug').notNull().unique(),
	nameSv: text('name_sv').notNull(),
	nameEn: text('name_en').notNull(),
	icon: text('icon').notNull().default(''),
	sortOrder: integer('sort_order').notNull().default(0)
});

export const audiences = pgTable('audiences', {
	id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
	slug: text('slug').notNull().unique(),
	nameSv: text('name_sv').notNull(),
	nameEn: text('name_en').notNull(),
	sortOrder: integer('sort_order').notNull().default(0)
});

/** ISO 639-1 code, e.g. sv, fi, ar. */
export const languages = pgTable('languages', {
	code: text('code').primaryKey(),
	nameSv: text('name_sv').notNull(),
	nameEn: text('name_en').notNull()
});
