import { pgTable, integer, text, jsonb } from 'drizzle-orm/pg-core';
import type { GeoJsonGeometry } from '../schema/districts';

export const districts = pgTable('districts', {
	id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
	name: text('name').notNull(),
	slug: text('slug').notNull().unique(),
	description: text('description').notNull().default(''),
	/** GeoJSON Polygon or MultiPolygon geometry (jsonb here, text in SQLite). */
	boundary: jsonb('boundary').$type<GeoJsonGeometry | null>(),
	residents65Plus: integer('residents_65_plus').notNull().default(0)
});
