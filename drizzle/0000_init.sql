CREATE TABLE `districts` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`boundary` text,
	`residents_65_plus` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `districts_slug_unique` ON `districts` (`slug`);--> statement-breakpoint
CREATE TABLE `opening_deviations` (
	`id` integer PRIMARY KEY NOT NULL,
	`venue_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`closed` integer DEFAULT true NOT NULL,
	`opens` text,
	`closes` text,
	`note` text,
	FOREIGN KEY (`venue_id`) REFERENCES `venues`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `opening_deviations_venue_idx` ON `opening_deviations` (`venue_id`);--> statement-breakpoint
CREATE TABLE `opening_hours` (
	`id` integer PRIMARY KEY NOT NULL,
	`venue_id` integer NOT NULL,
	`weekday` integer NOT NULL,
	`week_parity` text,
	`opens` text NOT NULL,
	`closes` text NOT NULL,
	`note` text,
	FOREIGN KEY (`venue_id`) REFERENCES `venues`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `opening_hours_venue_idx` ON `opening_hours` (`venue_id`);--> statement-breakpoint
CREATE TABLE `venues` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`district_id` integer NOT NULL,
	`address` text NOT NULL,
	`postcode` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`lat` real NOT NULL,
	`lng` real NOT NULL,
	`phone` text,
	`email` text,
	`description` text DEFAULT '' NOT NULL,
	`step_free` integer DEFAULT false NOT NULL,
	`accessible_toilet` integer DEFAULT false NOT NULL,
	`hearing_loop` integer DEFAULT false NOT NULL,
	`parking` integer DEFAULT false NOT NULL,
	`bus_stop` text,
	`accessibility_note` text,
	`status` text DEFAULT 'approved' NOT NULL,
	`proposed_by_organisation_id` integer,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `venues_slug_unique` ON `venues` (`slug`);--> statement-breakpoint
CREATE INDEX `venues_district_idx` ON `venues` (`district_id`);--> statement-breakpoint
CREATE TABLE `account_requests` (
	`id` integer PRIMARY KEY NOT NULL,
	`organisation_name` text NOT NULL,
	`contact_name` text NOT NULL,
	`email` text NOT NULL,
	`phone` text,
	`message` text,
	`status` text DEFAULT 'new' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `memberships` (
	`user_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`user_id`, `organisation_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `memberships_org_idx` ON `memberships` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`contact_name` text,
	`email` text,
	`phone` text,
	`website` text,
	`trusted` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_slug_unique` ON `organisations` (`slug`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`second_factor_verified` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `user_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text,
	`role` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`totp_secret` text,
	`totp_enabled` integer DEFAULT false NOT NULL,
	`notify_digest` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `audiences` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name_sv` text NOT NULL,
	`name_en` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audiences_slug_unique` ON `audiences` (`slug`);--> statement-breakpoint
CREATE TABLE `categories` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name_sv` text NOT NULL,
	`name_en` text NOT NULL,
	`icon` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `categories_slug_unique` ON `categories` (`slug`);--> statement-breakpoint
CREATE TABLE `languages` (
	`code` text PRIMARY KEY NOT NULL,
	`name_sv` text NOT NULL,
	`name_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `event_revisions` (
	`id` integer PRIMARY KEY NOT NULL,
	`event_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`easy_read` text,
	`category_id` integer NOT NULL,
	`venue_id` integer,
	`remote_kind` text,
	`remote_details` text,
	`cost_kind` text DEFAULT 'free' NOT NULL,
	`cost_amount` integer,
	`cost_note` text,
	`lunch_served` integer DEFAULT false NOT NULL,
	`signup_required` integer DEFAULT false NOT NULL,
	`signup_how` text,
	`signup_online` integer DEFAULT false NOT NULL,
	`capacity` integer,
	`signup_deadline_hours` integer,
	`accessibility_notes` text,
	`contact_name` text,
	`contact_phone` text,
	`contact_email` text,
	`schedule` text NOT NULL,
	`created_by_user_id` integer,
	`created_at` integer NOT NULL,
	`submitted_at` integer,
	`decided_at` integer,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`venue_id`) REFERENCES `venues`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `revisions_event_idx` ON `event_revisions` (`event_id`);--> statement-breakpoint
CREATE INDEX `revisions_status_idx` ON `event_revisions` (`status`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`organisation_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_revision_id` integer,
	`latest_revision_id` integer,
	`cancel_note` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_org_idx` ON `events` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `events_status_idx` ON `events` (`status`);--> statement-breakpoint
CREATE TABLE `occurrences` (
	`id` integer PRIMARY KEY NOT NULL,
	`event_id` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`local_date` text NOT NULL,
	`weekday` integer NOT NULL,
	`start_minute` integer NOT NULL,
	`cancelled` integer DEFAULT false NOT NULL,
	`cancel_note` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `occurrences_event_start_idx` ON `occurrences` (`event_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `occurrences_start_idx` ON `occurrences` (`starts_at`);--> statement-breakpoint
CREATE INDEX `occurrences_date_idx` ON `occurrences` (`local_date`);--> statement-breakpoint
CREATE TABLE `revision_audiences` (
	`revision_id` integer NOT NULL,
	`audience_id` integer NOT NULL,
	PRIMARY KEY(`revision_id`, `audience_id`),
	FOREIGN KEY (`revision_id`) REFERENCES `event_revisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`audience_id`) REFERENCES `audiences`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `revision_audiences_audience_idx` ON `revision_audiences` (`audience_id`);--> statement-breakpoint
CREATE TABLE `revision_languages` (
	`revision_id` integer NOT NULL,
	`language_code` text NOT NULL,
	PRIMARY KEY(`revision_id`, `language_code`),
	FOREIGN KEY (`revision_id`) REFERENCES `event_revisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`language_code`) REFERENCES `languages`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `revision_languages_lang_idx` ON `revision_languages` (`language_code`);--> statement-breakpoint
CREATE TABLE `attendance` (
	`occurrence_id` integer PRIMARY KEY NOT NULL,
	`total` integer NOT NULL,
	`women` integer,
	`men` integer,
	`other_gender` integer,
	`age_under_65` integer,
	`age_65_74` integer,
	`age_75_84` integer,
	`age_85_plus` integer,
	`first_time` integer,
	`recorded_by_user_id` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`occurrence_id`) REFERENCES `occurrences`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `dropin_visits` (
	`id` integer PRIMARY KEY NOT NULL,
	`venue_id` integer NOT NULL,
	`date` text NOT NULL,
	`visits` integer NOT NULL,
	`recorded_by_user_id` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`venue_id`) REFERENCES `venues`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dropin_venue_date_idx` ON `dropin_visits` (`venue_id`,`date`);--> statement-breakpoint
CREATE TABLE `moderation_decisions` (
	`id` integer PRIMARY KEY NOT NULL,
	`event_id` integer NOT NULL,
	`revision_id` integer NOT NULL,
	`moderator_user_id` integer,
	`decision` text NOT NULL,
	`reason_code` text,
	`message` text,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`revision_id`) REFERENCES `event_revisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`moderator_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decisions_event_idx` ON `moderation_decisions` (`event_id`);--> statement-breakpoint
CREATE TABLE `signups` (
	`id` integer PRIMARY KEY NOT NULL,
	`occurrence_id` integer NOT NULL,
	`name` text NOT NULL,
	`phone` text,
	`email` text,
	`people` integer DEFAULT 1 NOT NULL,
	`message` text,
	`status` text NOT NULL,
	`cancel_token_hash` text NOT NULL,
	`created_by_user_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`occurrence_id`) REFERENCES `occurrences`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `signups_cancel_token_hash_unique` ON `signups` (`cancel_token_hash`);--> statement-breakpoint
CREATE INDEX `signups_occurrence_idx` ON `signups` (`occurrence_id`,`status`);--> statement-breakpoint
CREATE TABLE `accessibility_reports` (
	`id` integer PRIMARY KEY NOT NULL,
	`page_url` text,
	`message` text NOT NULL,
	`contact` text,
	`created_at` integer NOT NULL,
	`handled_at` integer
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`actor_user_id` integer,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer,
	`summary` text NOT NULL,
	`details` text,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `mail_outbox` (
	`id` integer PRIMARY KEY NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	`error` text
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
