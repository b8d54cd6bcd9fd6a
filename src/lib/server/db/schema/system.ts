import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { users } from './organisations';

/** Append-only: who did what, when. */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		actorUserId: integer('actor_user_id').references(() => users.id),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: integer('entity_id'),
		summary: text('summary').notNull(),
		details: text('details', { mode: 'json' }).$type<Record<string, unknown>>()
	},
	(t) => [index('audit_at_idx').on(t.at), index('audit_entity_idx').on(t.entityType, t.entityId)]
);

export const mailOutbox = sqliteTable('mail_outbox', {
	id: integer('id').primaryKey(),
	to: text('to').notNull(),
	subject: text('subject').notNull(),
	body: text('body').notNull(),
	/** Who an answer reaches: the moderator who decided, or the organisation's contact (never no-reply). */
	replyTo: text('reply_to'),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
	sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
	error: text('error'),
	/** The language the mail is written in (a resident's mail follows the language they signed up in). */
	lang: text('lang', { enum: ['sv', 'fi', 'en'] }).notNull().default('sv')
});

export const accessibilityReports = sqliteTable('accessibility_reports', {
	id: integer('id').primaryKey(),
	pageUrl: text('page_url'),
	message: text('message').notNull(),
	contact: text('contact'),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
	handledAt: integer('handled_at', { mode: 'timestamp_ms' })
});

export const settings = sqliteTable('settings', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});

/** Deletion markers for incremental sync: a public record that disappeared, and when. */
export const tombstones = sqliteTable(
	'tombstones',
	{
		id: integer('id').primaryKey(),
		entityType: text('entity_type', { enum: ['event', 'occurrence', 'venue'] }).notNull(),
		entityId: integer('entity_id').notNull(),
		deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('tombstones_deleted_idx').on(t.deletedAt)]
);

/**
 * Rate limits shared by every app process: a fixed-window counter (`count` since `windowStart`) or,
 * for sign-in failures, a count with the earliest time the next attempt is heard (`nextAllowedAt`).
 * Keys hold a client address or a hash of an e-mail address, never the address itself.
 */
export const throttles = sqliteTable(
	'throttles',
	{
		key: text('key').primaryKey(),
		count: integer('count').notNull(),
		windowStart: integer('window_start', { mode: 'timestamp_ms' }).notNull(),
		nextAllowedAt: integer('next_allowed_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('throttles_window_idx').on(t.windowStart)]
);

/**
 * What each committed write told the caches, for every other app process on the same database:
 * the command layer appends a row in the write's own transaction; each process applies the rows it
 * has not seen (skipping its own) to its search index and response caches. `everything`: anything
 * may have changed (the index re-reads all). Rows older than a day are pruned.
 */
export const changeFeed = sqliteTable(
	'change_feed',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		/** The writing process (a random token per process), so that it skips its own rows. */
		origin: text('origin').notNull(),
		everything: integer('everything', { mode: 'boolean' }).notNull().default(false),
		eventIds: text('event_ids', { mode: 'json' }).$type<number[]>().notNull(),
		venueIds: text('venue_ids', { mode: 'json' }).$type<number[]>().notNull()
	},
	(t) => [index('change_feed_at_idx').on(t.at)]
);

/**
 * Scheduled jobs run by one app process at a time: a process holds a job while it runs it
 * (`heldUntil` guards against a holder that died), and `finishedAt` says when it last completed.
 */
export const jobLeases = sqliteTable('job_leases', {
	name: text('name').primaryKey(),
	holder: text('holder'),
	heldUntil: integer('held_until', { mode: 'timestamp_ms' }),
	finishedAt: integer('finished_at', { mode: 'timestamp_ms' })
});
