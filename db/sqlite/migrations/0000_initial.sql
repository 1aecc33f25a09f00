CREATE TABLE `activity_entries` (
	`id` integer PRIMARY KEY NOT NULL,
	`partner_id` integer NOT NULL,
	`customer_id` integer,
	`customer_name` text,
	`actor_partner_user_id` integer,
	`actor_email` text NOT NULL,
	`operation_type` text NOT NULL,
	`resource_type` text NOT NULL,
	`old_value` text,
	`new_value` text,
	`status` text DEFAULT 'succeeded' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_partner_user_id`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_partner_time_idx` ON `activity_entries` (`partner_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_partner_customer_time_idx` ON `activity_entries` (`partner_id`,`customer_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_partner_operation_time_idx` ON `activity_entries` (`partner_id`,`operation_type`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `activity_partner_actor_time_idx` ON `activity_entries` (`partner_id`,`actor_email`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `customer_purchase_permissions` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer_id` integer NOT NULL,
	`resource` text NOT NULL,
	`granted_by_partner_user_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`granted_by_partner_user_id`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customer_purchase_permissions_unique_idx` ON `customer_purchase_permissions` (`customer_id`,`resource`);--> statement-breakpoint
CREATE TABLE `customer_users` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer_id` integer NOT NULL,
	`display_name` text NOT NULL,
	`user_principal_name` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customer_users_user_principal_name_unique` ON `customer_users` (`user_principal_name`);--> statement-breakpoint
CREATE INDEX `customer_users_customer_idx` ON `customer_users` (`customer_id`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY NOT NULL,
	`partner_id` integer NOT NULL,
	`tenant_id` text NOT NULL,
	`company_name` text NOT NULL,
	`primary_domain` text NOT NULL,
	`address_line1` text NOT NULL,
	`city` text NOT NULL,
	`state` text,
	`postal_code` text NOT NULL,
	`country` text NOT NULL,
	`contact_first_name` text NOT NULL,
	`contact_last_name` text NOT NULL,
	`contact_email` text NOT NULL,
	`contact_phone` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_tenant_id_unique` ON `customers` (`tenant_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `customers_primary_domain_unique` ON `customers` (`primary_domain`);--> statement-breakpoint
CREATE INDEX `customers_partner_name_idx` ON `customers` (`partner_id`,"company_name" collate nocase,`id`);--> statement-breakpoint
CREATE TABLE `partner_users` (
	`id` integer PRIMARY KEY NOT NULL,
	`partner_id` integer NOT NULL,
	`email` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partner_users_email_unique` ON `partner_users` (`email`);--> statement-breakpoint
CREATE INDEX `partner_users_partner_idx` ON `partner_users` (`partner_id`);--> statement-breakpoint
CREATE TABLE `partners` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`name` text NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partners_tenant_id_unique` ON `partners` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `role_assignments` (
	`id` integer PRIMARY KEY NOT NULL,
	`subscription_id` integer NOT NULL,
	`customer_user_id` integer NOT NULL,
	`role` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_user_id`) REFERENCES `customer_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `role_assignments_unique_idx` ON `role_assignments` (`subscription_id`,`customer_user_id`,`role`);--> statement-breakpoint
CREATE INDEX `role_assignments_user_idx` ON `role_assignments` (`customer_user_id`);--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`id` integer PRIMARY KEY NOT NULL,
	`subscription_id` text NOT NULL,
	`customer_id` integer NOT NULL,
	`offer_type` text NOT NULL,
	`offer_id` text NOT NULL,
	`offer_name` text NOT NULL,
	`friendly_name` text NOT NULL,
	`usage_based` integer NOT NULL,
	`quantity` integer,
	`status` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscriptions_subscription_id_unique` ON `subscriptions` (`subscription_id`);--> statement-breakpoint
CREATE INDEX `subscriptions_customer_idx` ON `subscriptions` (`customer_id`,`offer_type`,`status`);