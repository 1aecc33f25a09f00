ALTER TABLE `order_lines` ADD `reservation_id` integer;--> statement-breakpoint
ALTER TABLE `order_lines` ADD `cancelled_commitment_minor` integer;--> statement-breakpoint
ALTER TABLE `reservations` ADD `scope_subscription_id` integer REFERENCES subscriptions(id);--> statement-breakpoint
ALTER TABLE `reservations` ADD `auto_renew` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `reservations` ADD `renewal_of_reservation_id` integer;--> statement-breakpoint
ALTER TABLE `reservations` ADD `exchanged_from_reservation_id` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `reservations_renewal_of_idx` ON `reservations` (`renewal_of_reservation_id`);--> statement-breakpoint
CREATE INDEX `reservations_due_idx` ON `reservations` (`status`,`auto_renew`,`expires_at`);