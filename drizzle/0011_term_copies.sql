ALTER TABLE `events` ADD `copied_from_event_id` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `request_key_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `events_request_key_hash_unique` ON `events` (`request_key_hash`);