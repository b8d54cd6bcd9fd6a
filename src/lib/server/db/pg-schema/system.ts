import { pgTable, integer, text, boolean, jsonb, index } from 'drizzle-orm/pg-core';
import { timestampMs } from './types';
import { users } from './organisations';

/** Append-only: who did what, when. */
export const auditLog = pgTable(
	'audit_log',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		at: timestampMs('at').notNull(),
		actorUserId: integer('actor_user_id').references(() => users.id),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: integer('entity_id'),
		summary: text('summary').notNull(),
		details: jsonb('details').$type<Record<string, unknown>>()
	},
	(t) => [index('audit_at_idx').on(t.at), index('audit_entity_idx').on(t.entityType, t.entityId)]
);

export const mailOutbox = pgTable('mail_outbox', {
	id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
	to: text('to').notNull(),
	subject: text('subject').notNull(),
	body: text('body').notNull(),
	/** Who an answer reaches: the moderator who decided, or the organisation's contact (never no-reply). */
	replyTo: text('reply_to'),
	createdAt: timestampMs('created_at').notNull(),
	sentAt: timestampMs('sent_at'),
	error: text('error'),
	/** The language the mail is written in (a resident's mail follows the language they signed up in). */
	lang: text('lang', { enum: ['sv', 'fi', 'en'] }).notNull().default('sv')
});

export const accessibilityReports = pgTable('accessibility_reports', {
	id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
	pageUrl: text('page_url'),
	message: text('message').notNull(),
	contact: text('contact'),
	createdAt: timestampMs('created_at').notNull(),
	handledAt: timestampMs('handled_at')
});

export const settings = pgTable('settings', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});

/** Deletion markers for incremental sync: a public record that disappeared, and when. */
export const tombstones = pgTable(
	'tombstones',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		entityType: text('entity_type', { enum: ['event', 'occurrence', 'venue'] }).notNull(),
		entityId: integer('entity_id').notNull(),
		deletedAt: timestampMs('deleted_at').notNull()
	},
	(t) => [index('tombstones_deleted_idx').on(t.deletedAt)]
);

/**
 * Rate limits shared by every app process: a fixed-window counter (`count` since `windowStart`) or,
 * for sign-in failures, a count with the earliest time the next attempt is heard (`nextAllowedAt`).
 * Keys hold a client address or a hash of an e-mail address, never the address itself.
 */
export const throttles = pgTable(
	'throttles',
	{
		key: text('key').primaryKey(),
		count: integer('count').notNull(),
		windowStart: timestampMs('window_start').notNull(),
		nextAllowedAt: timestampMs('next_allowed_at')
	},
	(t) => [index('throttles_window_idx').on(t.windowStart)]
);

/**
 * What each committed write told the caches, for every other app process on the same database:
 * the command layer appends a row in the write's own transaction; each process applies the rows it
 * has not seen (skipping its own) to its search index and response caches. `everything`: anything
 * may have changed (the index re-reads all). Rows older than a day are pruned.
 */
export const changeFeed = pgTable(
	'change_feed',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		at: timestampMs('at').notNull(),
		/** The writing process (a random token per process), so that it skips its own rows. */
		origin: text('origin').notNull(),
		everything: boolean('everything').notNull().default(false),
		eventIds: jsonb('event_ids').$type<number[]>().notNull(),
		venueIds: jsonb('venue_ids').$type<number[]>().notNull()
	},
	(t) => [index('change_feed_at_idx').on(t.at)]
);

/**
 * Scheduled jobs run by one app process at a time: a process holds a job while it runs it
 * (`heldUntil` guards against a holder that died), and `finishedAt` says when it last completed.
 */
export const jobLeases = pgTable('job_leases', {
	name: text('name').primaryKey(),
	holder: text('holder'),
	heldUntil: timestampMs('held_until'),
	finishedAt: timestampMs('finished_at')
});
