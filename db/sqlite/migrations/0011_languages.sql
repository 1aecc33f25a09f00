ALTER TABLE `customer_users` ADD `language` text;--> statement-breakpoint
ALTER TABLE `partner_users` ADD `language` text;--> statement-breakpoint
-- Notifications become a kind and its values, put into words in the reader's language. SQLite adds a NOT NULL
-- column only with a default: rows written before keep their English words as "written_before_translation".
ALTER TABLE `notifications` ADD `kind` text NOT NULL DEFAULT 'written_before_translation';--> statement-breakpoint
ALTER TABLE `notifications` ADD `params` text NOT NULL DEFAULT '{}';--> statement-breakpoint
UPDATE `notifications` SET `params` = json_object('text', `message`);--> statement-breakpoint
ALTER TABLE `notifications` DROP COLUMN `message`;
