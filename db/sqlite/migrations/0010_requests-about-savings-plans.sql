PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_reservation_requests` (
	`id` integer PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`reservation_id` integer,
	`savings_plan_id` integer,
	`customer_id` integer NOT NULL,
	`requested_by_customer_user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`details` text NOT NULL,
	`message` text,
	`status` text DEFAULT 'open' NOT NULL,
	`decided_by_partner_user_id` integer,
	`decline_reason` text,
	`decided_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`reservation_id`) REFERENCES `reservations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`savings_plan_id`) REFERENCES `savings_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by_customer_user_id`) REFERENCES `customer_users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_partner_user_id`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "reservation_requests_one_subject" CHECK((reservation_id is null) <> (savings_plan_id is null))
);
--> statement-breakpoint
INSERT INTO `__new_reservation_requests`("id", "request_id", "reservation_id", "customer_id", "requested_by_customer_user_id", "kind", "details", "message", "status", "decided_by_partner_user_id", "decline_reason", "decided_at", "created_at") SELECT "id", "request_id", "reservation_id", "customer_id", "requested_by_customer_user_id", "kind", "details", "message", "status", "decided_by_partner_user_id", "decline_reason", "decided_at", "created_at" FROM `reservation_requests`;--> statement-breakpoint
DROP TABLE `reservation_requests`;--> statement-breakpoint
ALTER TABLE `__new_reservation_requests` RENAME TO `reservation_requests`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `reservation_requests_request_id_unique` ON `reservation_requests` (`request_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `reservation_requests_one_open_idx` ON `reservation_requests` (`reservation_id`,`kind`) WHERE status = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX `reservation_requests_one_open_savings_plan_idx` ON `reservation_requests` (`savings_plan_id`,`kind`) WHERE status = 'open';--> statement-breakpoint
CREATE INDEX `reservation_requests_customer_idx` ON `reservation_requests` (`customer_id`,`created_at`);