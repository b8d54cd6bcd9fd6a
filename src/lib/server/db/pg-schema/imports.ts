import { pgTable, integer, text, boolean, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sourceStatuses, type SyncCounts } from '../schema/imports';
import { timestampMs } from './types';
import { organisations } from './organisations';
import { venues } from './venues';
import { categories } from './taxonomy';
import { events, occurrences } from './events';

/** An association's own calendar (an ICS address) that is fetched on a schedule and turned into events. */
export const calendarSources = pgTable(
	'calendar_sources',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		url: text('url').notNull(),
		defaultVenueId: integer('default_venue_id').references(() => venues.id),
		defaultCategoryId: integer('default_category_id')
			.notNull()
			.references(() => categories.id),
		onlyKnownVenues: boolean('only_known_venues').notNull().default(false),
		includeKeyword: text('include_keyword'),
		skipKeyword: text('skip_keyword'),
		status: text('status', { enum: sourceStatuses }).notNull().default('active'),
		etag: text('etag'),
		lastModified: text('last_modified'),
		checksum: text('checksum'),
		lastFetchedAt: timestampMs('last_fetched_at'),
		lastSuccessAt: timestampMs('last_success_at'),
		/** What the last run did: created, updated, cancelled, unchanged and skipped counts, and skips by reason. */
		lastCounts: jsonb('last_counts').$type<SyncCounts>(),
		lastErrorCode: text('last_error_code'),
		consecutiveFailures: integer('consecutive_failures').notNull().default(0),
		createdAt: timestampMs('created_at').notNull()
	},
	(t) => [index('calendar_sources_org_idx').on(t.organisationId)]
);

/** One upstream date (source, UID, RECURRENCE-ID or start) and the event that holds it here. */
export const importedItems = pgTable(
	'imported_items',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		sourceId: integer('source_id')
			.notNull()
			.references(() => calendarSources.id, { onDelete: 'cascade' }),
		uid: text('uid').notNull(),
		recurrenceKey: text('recurrence_key').notNull(),
		eventId: integer('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		occurrenceId: integer('occurrence_id').references(() => occurrences.id, { onDelete: 'set null' }),
		/** Hash of what was imported last: an unchanged upstream item writes nothing. */
		contentHash: text('content_hash').notNull(),
		/** Set when the date vanished upstream and was cancelled here. */
		vanishedAt: timestampMs('vanished_at'),
		updatedAt: timestampMs('updated_at').notNull()
	},
	(t) => [
		uniqueIndex('imported_items_identity_idx').on(t.sourceId, t.uid, t.recurrenceKey),
		index('imported_items_event_idx').on(t.eventId)
	]
);
