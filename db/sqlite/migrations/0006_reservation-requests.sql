CREATE TABLE `reservation_requests` (
	`id` integer PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`reservation_id` integer NOT NULL,
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
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by_customer_user_id`) REFERENCES `customer_users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_partner_user_id`) REFERENCES `partner_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reservation_requests_request_id_unique` ON `reservation_requests` (`request_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `reservation_requests_one_open_idx` ON `reservation_requests` (`reservation_id`,`kind`) WHERE status = 'open';--> statement-breakpoint
CREATE INDEX `reservation_requests_customer_idx` ON `reservation_requests` (`customer_id`,`created_at`);