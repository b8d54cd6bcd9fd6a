CREATE TABLE `tombstones` (
	`id` integer PRIMARY KEY NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`deleted_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tombstones_deleted_idx` ON `tombstones` (`deleted_at`);--> statement-breakpoint
ALTER TABLE `venues` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `event_revisions` ADD `title_fi` text;--> statement-breakpoint
ALTER TABLE `event_revisions` ADD `summary_fi` text;--> statement-breakpoint
ALTER TABLE `event_revisions` ADD `gathering_place` text;--> statement-breakpoint
ALTER TABLE `event_revisions` ADD `cost_unit` text;--> statement-breakpoint
ALTER TABLE `occurrences` ADD `cancel_reason` text;--> statement-breakpoint
ALTER TABLE `occurrences` ADD `sequence` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `occurrences` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `signups` ADD `request_key_hash` text;--> statement-breakpoint
ALTER TABLE `signups` ADD `change_note` text;--> statement-breakpoint
ALTER TABLE `signups` ADD `call_needed` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `signups_request_key_hash_unique` ON `signups` (`request_key_hash`);--> statement-breakpoint
UPDATE `occurrences` SET `cancel_reason` = CASE WHEN `cancel_note` = 'Tiden är ändrad eller borttagen.' THEN 'schedule' ELSE 'organiser' END WHERE `cancelled` = 1;
--> statement-breakpoint
UPDATE `occurrences` SET `cancel_reason` = 'event' WHERE `cancelled` = 1 AND `event_id` IN (SELECT `id` FROM `events` WHERE `status` = 'cancelled');
