CREATE TABLE `new_azure_plan_permissions` (
	`partner_id` integer NOT NULL,
	`resource` text NOT NULL,
	`set_by_partner_user_id` integer NOT NULL,
	`set_at` integer NOT NULL,
	PRIMARY KEY(`partner_id`, `resource`),
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by_partner_user_id`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `permission_job_items` (
	`job_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`outcome` text,
	`reason` text,
	`done_at` integer,
	PRIMARY KEY(`job_id`, `customer_id`),
	FOREIGN KEY (`job_id`) REFERENCES `permission_jobs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `permission_job_items_outcome_idx` ON `permission_job_items` (`job_id`,`outcome`);--> statement-breakpoint
CREATE TABLE `permission_jobs` (
	`id` integer PRIMARY KEY NOT NULL,
	`job_id` text NOT NULL,
	`partner_id` integer NOT NULL,
	`started_by_partner_user_id` integer NOT NULL,
	`requester` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`request_hash` text NOT NULL,
	`resource` text NOT NULL,
	`enabled` integer NOT NULL,
	`search` text,
	`status` text DEFAULT 'running' NOT NULL,
	`cancelled_by_partner_user_id` integer,
	`finished_at` integer,
	`lease_owner` text,
	`lease_until` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`started_by_partner_user_id`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cancelled_by_partner_user_id`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `permission_jobs_job_id_unique` ON `permission_jobs` (`job_id`);--> statement-breakpoint
CREATE INDEX `permission_jobs_partner_time_idx` ON `permission_jobs` (`partner_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `permission_jobs_status_idx` ON `permission_jobs` (`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `permission_jobs_idempotency_idx` ON `permission_jobs` (`requester`,`idempotency_key`);--> statement-breakpoint
ALTER TABLE `notifications` ADD `partner_user_id` integer REFERENCES partner_users(id);--> statement-breakpoint
ALTER TABLE `notifications` ADD `digest_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_digest_idx` ON `notifications` (`partner_user_id`,`digest_key`);--> statement-breakpoint
ALTER TABLE `partner_settings` ADD `new_azure_plan_rules_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `partner_users` ADD `expiry_digest` integer DEFAULT false NOT NULL;