CREATE TABLE `purchase_approvals` (
	`id` integer PRIMARY KEY NOT NULL,
	`approval_id` text NOT NULL,
	`customer_id` integer NOT NULL,
	`requested_by_customer_user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`choice` text NOT NULL,
	`currency` text NOT NULL,
	`quoted_total_minor` integer NOT NULL,
	`quoted_unit_price_minor` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`submit_idempotency_key` text NOT NULL,
	`decided_by_partner_user_id` integer,
	`decided_at` integer,
	`decline_reason` text,
	`approval_idempotency_key` text,
	`order_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by_customer_user_id`) REFERENCES `customer_users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_partner_user_id`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "purchase_approvals_order_when_approved" CHECK((status = 'approved') = (order_id is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `purchase_approvals_approval_id_unique` ON `purchase_approvals` (`approval_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `purchase_approvals_submit_key_idx` ON `purchase_approvals` (`requested_by_customer_user_id`,`submit_idempotency_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `purchase_approvals_approval_key_idx` ON `purchase_approvals` (`decided_by_partner_user_id`,`approval_idempotency_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `purchase_approvals_order_idx` ON `purchase_approvals` (`order_id`);--> statement-breakpoint
CREATE INDEX `purchase_approvals_customer_idx` ON `purchase_approvals` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `purchase_controls` (
	`id` integer PRIMARY KEY NOT NULL,
	`partner_id` integer NOT NULL,
	`customer_id` integer,
	`follows_defaults` integer DEFAULT true NOT NULL,
	`monthly_limit_minor` integer,
	`approval_above_minor` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `purchase_controls_customer_idx` ON `purchase_controls` (`customer_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `purchase_controls_partner_defaults_idx` ON `purchase_controls` (`partner_id`) WHERE customer_id is null;