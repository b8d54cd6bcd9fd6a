import { sqliteTable, integer, text, real, index } from 'drizzle-orm/sqlite-core';
import { districts } from './districts';

export const venueKinds = [
	'meeting_point',
	'association',
	'library',
	'church',
	'health_centre',
	'outdoors',
	'other'
] as const;
export type VenueKind = (typeof venueKinds)[number];

export const venues = sqliteTable(
	'venues',
	{
		id: integer('id').primaryKey(),
		name: text('name').notNull(),
		slug: text('slug').notNull().unique(),
		kind: text('kind', { enum: venueKinds }).notNull(),
		districtId: integer('district_id').notNull().references(() => districts.id),
		address: text('address').notNull(),
		postcode: text('postcode').notNull().default(''),
		city: text('city').notNull().default(''),
		lat: real('lat').notNull(),
		lng: real('lng').notNull(),
		phone: text('phone'),
		email: text('email'),
		description: text('description').notNull().default(''),
		stepFree: integer('step_free', { mode: 'boolean' }).notNull().default(false),
		accessibleToilet: integer('accessible_toilet', { mode: 'boolean' }).notNull().default(false),
		hearingLoop: integer('hearing_loop', { mode: 'boolean' }).notNull().default(false),
		parking: integer('parking', { mode: 'boolean' }).notNull().default(false),
		busStop: text('bus_stop'),
		accessibilityNote: text('accessibility_note'),
		/** approved venues are public; proposed ones wait for staff. */
		status: text('status', { enum: ['approved', 'proposed'] }).notNull().default('approved'),
		proposedByOrganisationId: integer('proposed_by_organisation_id'),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('venues_district_idx').on(t.districtId)]
);

/** Weekly opening rules of a meeting point; parity limits a rule to odd or even ISO weeks. */
export const openingHours = sqliteTable(
	'opening_hours',
	{
		id: integer('id').primaryKey(),
		venueId: integer('venue_id')
			.notNull()
			.references(() => venues.id, { onDelete: 'cascade' }),
		weekday: integer('weekday').notNull(),
		weekParity: text('week_parity', { enum: ['odd', 'even'] }),
		opens: text('opens').notNull(),
		closes: text('closes').notNull(),
		note: text('note')
	},
	(t) => [index('opening_hours_venue_idx').on(t.venueId)]
);

/** Closed or changed hours for a date range, e.g. between Christmas and New Year. */
export const openingDeviations = sqliteTable(
	'opening_deviations',
	{
		id: integer('id').primaryKey(),
		venueId: integer('venue_id')
			.notNull()
			.references(() => venues.id, { onDelete: 'cascade' }),
		fromDate: text('from_date').notNull(),
		toDate: text('to_date').notNull(),
		closed: integer('closed', { mode: 'boolean' }).notNull().default(true),
		opens: text('opens'),
		closes: text('closes'),
		note: text('note')
	},
	(t) => [index('opening_deviations_venue_idx').on(t.venueId)]
);
