CREATE TABLE `notification_reads` (
	`notification_id` integer NOT NULL,
	`partner_user_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`notification_id`) REFERENCES `notifications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_user_id`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notification_reads_unique_idx` ON `notification_reads` (`notification_id`,`partner_user_id`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY NOT NULL,
	`partner_id` integer NOT NULL,
	`customer_id` integer,
	`message` text NOT NULL,
	`link` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notifications_partner_time_idx` ON `notifications` (`partner_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `partner_settings` (
	`partner_id` integer PRIMARY KEY NOT NULL,
	`purchase_alerts` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `reservation_price_lists` (
	`partner_id` integer PRIMARY KEY NOT NULL,
	`default_adjustment_basis_points` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `reservation_price_overrides` (
	`id` integer PRIMARY KEY NOT NULL,
	`partner_id` integer NOT NULL,
	`catalog_item_id` text NOT NULL,
	`adjustment_basis_points` integer NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reservation_price_overrides_unique_idx` ON `reservation_price_overrides` (`partner_id`,`catalog_item_id`);--> statement-breakpoint
CREATE TABLE `reservations` (
	`id` integer PRIMARY KEY NOT NULL,
	`reservation_id` text NOT NULL,
	`customer_id` integer NOT NULL,
	`order_id` integer NOT NULL,
	`display_name` text NOT NULL,
	`catalog_item_id` text NOT NULL,
	`product_name` text NOT NULL,
	`region` text NOT NULL,
	`quantity` integer NOT NULL,
	`term` text NOT NULL,
	`billing_plan` text NOT NULL,
	`billing_subscription_id` integer NOT NULL,
	`scope` text NOT NULL,
	`resource_group` text,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`billing_subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reservations_reservation_id_unique` ON `reservations` (`reservation_id`);--> statement-breakpoint
CREATE INDEX `reservations_customer_time_idx` ON `reservations` (`customer_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `activity_entries` ADD `actor_customer_user_id` integer REFERENCES customer_users(id);--> statement-breakpoint
ALTER TABLE `customer_users` ADD `password_hash` text;--> statement-breakpoint
ALTER TABLE `order_lines` ADD `term_duration` text;--> statement-breakpoint
ALTER TABLE `order_lines` ADD `billing_cycle` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `placed_by_customer_user_id` integer REFERENCES customer_users(id);