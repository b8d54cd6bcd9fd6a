import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';

export const districts = sqliteTable('districts', {
	id: integer('id').primaryKey(),
	name: text('name').notNull(),
	slug: text('slug').notNull().unique(),
	description: text('description').notNull().default(''),
	/** GeoJSON Polygon or MultiPolygon geometry, as text. */
	boundary: text('boundary', { mode: 'json' }).$type<GeoJsonGeometry | null>(),
	residents65Plus: integer('residents_65_plus').notNull().default(0)
});

export type GeoJsonGeometry =
	| { type: 'Polygon'; coordinates: number[][][] }
	| { type: 'MultiPolygon'; coordinates: number[][][][] };
