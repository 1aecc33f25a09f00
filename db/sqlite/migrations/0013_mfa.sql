CREATE TABLE `authenticator_apps` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_kind` text NOT NULL,
	`user_id` integer NOT NULL,
	`secret` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`confirmed_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `authenticator_apps_user_idx` ON `authenticator_apps` (`user_kind`,`user_id`);--> statement-breakpoint
CREATE TABLE `passkeys` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_kind` text NOT NULL,
	`user_id` integer NOT NULL,
	`credential_id` text NOT NULL,
	`public_key` text NOT NULL,
	`counter` integer DEFAULT 0 NOT NULL,
	`transports` text,
	`name` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`last_used_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `passkeys_credential_idx` ON `passkeys` (`credential_id`);--> statement-breakpoint
CREATE INDEX `passkeys_user_idx` ON `passkeys` (`user_kind`,`user_id`);--> statement-breakpoint
CREATE TABLE `recovery_codes` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_kind` text NOT NULL,
	`user_id` integer NOT NULL,
	`code_hash` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`used_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `recovery_codes_user_code_idx` ON `recovery_codes` (`user_kind`,`user_id`,`code_hash`);--> statement-breakpoint
CREATE TABLE `used_authenticator_codes` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_kind` text NOT NULL,
	`user_id` integer NOT NULL,
	`time_step` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `used_authenticator_codes_step_idx` ON `used_authenticator_codes` (`user_kind`,`user_id`,`time_step`);--> statement-breakpoint
CREATE TABLE `webauthn_challenges` (
	`challenge` text PRIMARY KEY NOT NULL,
	`purpose` text NOT NULL,
	`user_kind` text,
	`user_id` integer,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `partner_users` ADD `entra_object_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `partner_users_entra_object_idx` ON `partner_users` (`partner_id`,`entra_object_id`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `mfa_method` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `mfa_at` integer;