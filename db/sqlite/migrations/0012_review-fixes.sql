ALTER TABLE `customer_users` ADD `temporary_password_expires_at` integer;--> statement-breakpoint
ALTER TABLE `customer_users` ADD `temporary_password_used_at` integer;--> statement-breakpoint
ALTER TABLE `reservation_requests` ADD `approval_idempotency_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `reservation_requests_approval_key_idx` ON `reservation_requests` (`decided_by_partner_user_id`,`approval_idempotency_key`);--> statement-breakpoint
ALTER TABLE `reservations` ADD `not_renewed_at` integer;--> statement-breakpoint
ALTER TABLE `reservations` ADD `not_renewed_reason` text;--> statement-breakpoint
ALTER TABLE `savings_plans` ADD `not_renewed_at` integer;--> statement-breakpoint
ALTER TABLE `savings_plans` ADD `not_renewed_reason` text;--> statement-breakpoint
-- Temporary passwords issued before they expired: they last 24 hours from this migration, and still one sign-in.
UPDATE `customer_users` SET `temporary_password_expires_at` = (unixepoch() * 1000 + 86400000) WHERE `must_change_password` = 1;
