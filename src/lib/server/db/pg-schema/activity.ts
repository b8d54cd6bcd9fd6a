import { pgTable, integer, text, boolean, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { signupStatuses } from '../schema/activity';
import { timestampMs } from './types';
import { events, eventRevisions, occurrences } from './events';
import { users } from './organisations';
import { venues } from './venues';

/** Counts only, never names: attending a health event can reveal health data. */
export const attendance = pgTable('attendance', {
	occurrenceId: integer('occurrence_id')
		.primaryKey()
		.references(() => occurrences.id, { onDelete: 'cascade' }),
	total: integer('total').notNull(),
	women: integer('women'),
	men: integer('men'),
	otherGender: integer('other_gender'),
	ageUnder65: integer('age_under_65'),
	age65To74: integer('age_65_74'),
	age75To84: integer('age_75_84'),
	age85Plus: integer('age_85_plus'),
	firstTime: integer('first_time'),
	recordedByUserId: integer('recorded_by_user_id').references(() => users.id),
	updatedAt: timestampMs('updated_at').notNull()
});

/** Drop-in visits per opening day at a meeting point. */
export const dropinVisits = pgTable(
	'dropin_visits',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		venueId: integer('venue_id')
			.notNull()
			.references(() => venues.id, { onDelete: 'cascade' }),
		date: text('date').notNull(),
		visits: integer('visits').notNull(),
		recordedByUserId: integer('recorded_by_user_id').references(() => users.id),
		updatedAt: timestampMs('updated_at').notNull()
	},
	(t) => [uniqueIndex('dropin_venue_date_idx').on(t.venueId, t.date)]
);

export const signups = pgTable(
	'signups',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		occurrenceId: integer('occurrence_id')
			.notNull()
			.references(() => occurrences.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		phone: text('phone'),
		email: text('email'),
		people: integer('people').notNull().default(1),
		message: text('message'),
		status: text('status', { enum: signupStatuses }).notNull(),
		cancelTokenHash: text('cancel_token_hash').notNull().unique(),
		/** Hash of the form's one-time key: the same form posted twice gives one sign-up. */
		requestKeyHash: text('request_key_hash').unique(),
		/** What changed for this person (a moved or cancelled date), and whether someone must phone them. */
		changeNote: text('change_note'),
		callNeeded: boolean('call_needed').notNull().default(false),
		/** The interface language the person signed up in: later mails about the date are written in it. */
		locale: text('locale', { enum: ['sv', 'fi', 'en'] }).notNull().default('sv'),
		createdByUserId: integer('created_by_user_id').references(() => users.id),
		createdAt: timestampMs('created_at').notNull()
	},
	(t) => [index('signups_occurrence_idx').on(t.occurrenceId, t.status)]
);

export const moderationDecisions = pgTable(
	'moderation_decisions',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		eventId: integer('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		revisionId: integer('revision_id')
			.notNull()
			.references(() => eventRevisions.id, { onDelete: 'cascade' }),
		moderatorUserId: integer('moderator_user_id').references(() => users.id),
		decision: text('decision', { enum: ['approve', 'request_changes', 'reject'] }).notNull(),
		reasonCode: text('reason_code'),
		message: text('message'),
		decidedAt: timestampMs('decided_at').notNull()
	},
	(t) => [index('decisions_event_idx').on(t.eventId)]
);
