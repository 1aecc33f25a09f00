ALTER TABLE `savings_plans` ADD `renewal_of_savings_plan_id` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `savings_plans_renewal_of_idx` ON `savings_plans` (`renewal_of_savings_plan_id`);--> statement-breakpoint
CREATE INDEX `savings_plans_due_idx` ON `savings_plans` (`auto_renew`,`expires_at`);