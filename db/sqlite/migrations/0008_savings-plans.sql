CREATE TABLE `savings_plans` (
	`id` integer PRIMARY KEY NOT NULL,
	`savings_plan_id` text NOT NULL,
	`customer_id` integer NOT NULL,
	`order_id` integer NOT NULL,
	`display_name` text NOT NULL,
	`hourly_commitment_mills` integer NOT NULL,
	`term` text NOT NULL,
	`billing_plan` text NOT NULL,
	`billing_subscription_id` integer NOT NULL,
	`scope` text NOT NULL,
	`resource_group` text,
	`scope_subscription_id` integer,
	`auto_renew` integer DEFAULT false NOT NULL,
	`traded_in_reservation_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`billing_subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scope_subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`traded_in_reservation_id`) REFERENCES `reservations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `savings_plans_savings_plan_id_unique` ON `savings_plans` (`savings_plan_id`);--> statement-breakpoint
CREATE INDEX `savings_plans_customer_time_idx` ON `savings_plans` (`customer_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `reservation_price_lists` ADD `savings_plan_adjustment_basis_points` integer DEFAULT 0 NOT NULL;