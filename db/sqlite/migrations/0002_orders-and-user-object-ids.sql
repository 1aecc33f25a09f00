CREATE TABLE `order_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer NOT NULL,
	`offer_id` text NOT NULL,
	`offer_name` text NOT NULL,
	`quantity` integer NOT NULL,
	`unit_price_minor` integer,
	`subscription_id` integer,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_lines_order_idx` ON `order_lines` (`order_id`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`customer_id` integer NOT NULL,
	`channel` text NOT NULL,
	`placed_by_partner_user_id` integer,
	`placed_by_email` text NOT NULL,
	`currency` text NOT NULL,
	`total_minor` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`placed_by_partner_user_id`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_order_id_unique` ON `orders` (`order_id`);--> statement-breakpoint
CREATE INDEX `orders_customer_time_idx` ON `orders` (`customer_id`,`created_at`);--> statement-breakpoint
-- Existing users get a random version-4 GUID; SQLite needs a default to add a NOT NULL column.
ALTER TABLE `customer_users` ADD `object_id` text NOT NULL DEFAULT '';--> statement-breakpoint
UPDATE `customer_users` SET `object_id` = lower(
  hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
  substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))
);--> statement-breakpoint
CREATE UNIQUE INDEX `customer_users_object_id_unique` ON `customer_users` (`object_id`);