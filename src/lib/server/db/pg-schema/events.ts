import { pgTable, integer, text, boolean, jsonb, index, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';
import { eventStatuses, revisionStatuses, costUnits, cancelReasons } from '../schema/events';
import { timestampMs } from './types';
import type { Schedule } from '../../../domain/recurrence';
import { organisations, users } from './organisations';
import { venues } from './venues';
import { categories, audiences, languages } from './taxonomy';

export const events = pgTable(
	'events',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id),
		status: text('status', { enum: eventStatuses }).notNull().default('draft'),
		publishedRevisionId: integer('published_revision_id'),
		latestRevisionId: integer('latest_revision_id'),
		cancelNote: text('cancel_note'),
		/** The series this one was copied from ("Ny termin"), if any. */
		copiedFromEventId: integer('copied_from_event_id'),
		/** Hash of the copy form's one-time key: the same "Ny termin" posted twice gives one copy. */
		requestKeyHash: text('request_key_hash').unique(),
		createdAt: timestampMs('created_at').notNull(),
		updatedAt: timestampMs('updated_at').notNull()
	},
	(t) => [
		index('events_org_idx').on(t.organisationId),
		index('events_status_idx').on(t.status)
	]
);

/** A full copy of the event's content; the published one stays live while a newer one is reviewed. */
export const eventRevisions = pgTable(
	'event_revisions',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		eventId: integer('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		status: text('status', { enum: revisionStatuses }).notNull().default('draft'),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		description: text('description').notNull().default(''),
		easyRead: text('easy_read'),
		categoryId: integer('category_id')
			.notNull()
			.references(() => categories.id),
		venueId: integer('venue_id').references(() => venues.id),
		/** 'phone' or 'online' when the event has no venue. */
		remoteKind: text('remote_kind', { enum: ['phone', 'online'] }),
		remoteDetails: text('remote_details'),
		costKind: text('cost_kind', { enum: ['free', 'paid'] }).notNull().default('free'),
		costAmount: integer('cost_amount'),
		costNote: text('cost_note'),
		lunchServed: boolean('lunch_served').notNull().default(false),
		signupRequired: boolean('signup_required').notNull().default(false),
		signupHow: text('signup_how'),
		signupOnline: boolean('signup_online').notNull().default(false),
		capacity: integer('capacity'),
		signupDeadlineHours: integer('signup_deadline_hours'),
		accessibilityNotes: text('accessibility_notes'),
		contactName: text('contact_name'),
		contactPhone: text('contact_phone'),
		contactEmail: text('contact_email'),
		/** Finnish title and summary, shown in the Finnish interface where present. */
		titleFi: text('title_fi'),
		summaryFi: text('summary_fi'),
		/** Where an outing gathers, when that is not the venue itself (samlingsplats). */
		gatheringPlace: text('gathering_place'),
		/** What the price covers: per session, term, month, year, or the whole course. */
		costUnit: text('cost_unit', { enum: costUnits }),
		schedule: jsonb('schedule').$type<Schedule>().notNull(),
		createdByUserId: integer('created_by_user_id').references(() => users.id),
		createdAt: timestampMs('created_at').notNull(),
		submittedAt: timestampMs('submitted_at'),
		decidedAt: timestampMs('decided_at')
	},
	(t) => [
		index('revisions_event_idx').on(t.eventId),
		index('revisions_status_idx').on(t.status)
	]
);

export const revisionAudiences = pgTable(
	'revision_audiences',
	{
		revisionId: integer('revision_id')
			.notNull()
			.references(() => eventRevisions.id, { onDelete: 'cascade' }),
		audienceId: integer('audience_id')
			.notNull()
			.references(() => audiences.id)
	},
	(t) => [
		primaryKey({ columns: [t.revisionId, t.audienceId] }),
		index('revision_audiences_audience_idx').on(t.audienceId)
	]
);

export const revisionLanguages = pgTable(
	'revision_languages',
	{
		revisionId: integer('revision_id')
			.notNull()
			.references(() => eventRevisions.id, { onDelete: 'cascade' }),
		languageCode: text('language_code')
			.notNull()
			.references(() => languages.code)
	},
	(t) => [
		primaryKey({ columns: [t.revisionId, t.languageCode] }),
		index('revision_languages_lang_idx').on(t.languageCode)
	]
);

/** Materialised dates of the published schedule for a rolling horizon. */
export const occurrences = pgTable(
	'occurrences',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		eventId: integer('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		startsAt: timestampMs('starts_at').notNull(),
		endsAt: timestampMs('ends_at').notNull(),
		/** Europe/Stockholm wall-clock facts, kept for filtering and grouping. */
		localDate: text('local_date').notNull(),
		weekday: integer('weekday').notNull(),
		startMinute: integer('start_minute').notNull(),
		cancelled: boolean('cancelled').notNull().default(false),
		cancelNote: text('cancel_note'),
		cancelReason: text('cancel_reason', { enum: cancelReasons }),
		/** Raised on every change of this date (time, cancellation): calendar clients replace their copy. */
		sequence: integer('sequence').notNull().default(0),
		updatedAt: timestampMs('updated_at')
	},
	(t) => [
		uniqueIndex('occurrences_event_start_idx').on(t.eventId, t.startsAt),
		index('occurrences_start_idx').on(t.startsAt),
		index('occurrences_date_idx').on(t.localDate)
	]
);
