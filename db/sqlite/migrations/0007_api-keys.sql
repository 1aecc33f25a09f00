CREATE TABLE `api_keys` (
	`id` integer PRIMARY KEY NOT NULL,
	`key_id` text NOT NULL,
	`partner_id` integer NOT NULL,
	`name` text NOT NULL,
	`access_level` text NOT NULL,
	`secret_hash` text NOT NULL,
	`created_by_partner_user_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`revoked_by_partner_user_id` integer,
	`last_used_at` integer,
	`window_started_at` integer,
	`window_requests` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_partner_user_id`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by_partner_user_id`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_key_id_idx` ON `api_keys` (`key_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_partner_name_idx` ON `api_keys` (`partner_id`,`name`) WHERE revoked_at is null;