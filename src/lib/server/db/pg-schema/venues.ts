import { pgTable, integer, text, boolean, doublePrecision, index } from 'drizzle-orm/pg-core';
import { venueKinds } from '../schema/venues';
import { timestampMs } from './types';
import { districts } from './districts';

export const venues = pgTable(
	'venues',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		name: text('name').notNull(),
		slug: text('slug').notNull().unique(),
		kind: text('kind', { enum: venueKinds }).notNull(),
		districtId: integer('district_id').notNull().references(() => districts.id),
		address: text('address').notNull(),
		postcode: text('postcode').notNull().default(''),
		city: text('city').notNull().default(''),
		lat: doublePrecision('lat').notNull(),
		lng: doublePrecision('lng').notNull(),
		phone: text('phone'),
		email: text('email'),
		description: text('description').notNull().default(''),
		stepFree: boolean('step_free').notNull().default(false),
		accessibleToilet: boolean('accessible_toilet').notNull().default(false),
		hearingLoop: boolean('hearing_loop').notNull().default(false),
		parking: boolean('parking').notNull().default(false),
		busStop: text('bus_stop'),
		accessibilityNote: text('accessibility_note'),
		/** approved venues are public; proposed ones wait for staff. */
		status: text('status', { enum: ['approved', 'proposed'] }).notNull().default('approved'),
		proposedByOrganisationId: integer('proposed_by_organisation_id'),
		updatedAt: timestampMs('updated_at')
	},
	(t) => [index('venues_district_idx').on(t.districtId)]
);

/** Weekly opening rules of a meeting point; parity limits a rule to odd or even ISO weeks. */
export const openingHours = pgTable(
	'opening_hours',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
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
export const openingDeviations = pgTable(
	'opening_deviations',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		venueId: integer('venue_id')
			.notNull()
			.references(() => venues.id, { onDelete: 'cascade' }),
		fromDate: text('from_date').notNull(),
		toDate: text('to_date').notNull(),
		closed: boolean('closed').notNull().default(true),
		opens: text('opens'),
		closes: text('closes'),
		note: text('note')
	},
	(t) => [index('opening_deviations_venue_idx').on(t.venueId)]
);
