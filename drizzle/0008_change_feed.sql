CREATE TABLE `change_feed` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`origin` text NOT NULL,
	`everything` integer DEFAULT false NOT NULL,
	`event_ids` text NOT NULL,
	`venue_ids` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_feed_at_idx` ON `change_feed` (`at`);--> statement-breakpoint
CREATE TABLE `job_leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text,
	`held_until` integer,
	`finished_at` integer
);
