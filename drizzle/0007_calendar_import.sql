CREATE TABLE `calendar_sources` (
	`id` integer PRIMARY KEY NOT NULL,
	`organisation_id` integer NOT NULL,
	`name` text NOT NULL,
	`url` text NOT NULL,
	`default_venue_id` integer,
	`default_category_id` integer NOT NULL,
	`only_known_venues` integer DEFAULT false NOT NULL,
	`include_keyword` text,
	`skip_keyword` text,
	`status` text DEFAULT 'active' NOT NULL,
	`etag` text,
	`last_modified` text,
	`checksum` text,
	`last_fetched_at` integer,
	`last_success_at` integer,
	`last_counts` text,
	`last_error_code` text,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`default_venue_id`) REFERENCES `venues`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`default_category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `calendar_sources_org_idx` ON `calendar_sources` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `imported_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`source_id` integer NOT NULL,
	`uid` text NOT NULL,
	`recurrence_key` text NOT NULL,
	`event_id` integer NOT NULL,
	`occurrence_id` integer,
	`content_hash` text NOT NULL,
	`vanished_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `calendar_sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`occurrence_id`) REFERENCES `occurrences`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `imported_items_identity_idx` ON `imported_items` (`source_id`,`uid`,`recurrence_key`);--> statement-breakpoint
CREATE INDEX `imported_items_event_idx` ON `imported_items` (`event_id`);