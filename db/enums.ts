/** The values a column may hold, the same on every engine: both schemas and the use cases read them here. */

export const partnerRoles = ["admin_agent", "sales_agent", "helpdesk_agent"] as const;

export type PartnerRole = (typeof partnerRoles)[number];

export const offerTypes = ["azure_plan", "azure_global", "license_based"] as const;

export type OfferType = (typeof offerTypes)[number];

export const subscriptionStatuses = ["active", "suspended", "disabled", "deleted", "expired", "pending"] as const;

export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

/** Azure RBAC roles a partner assigns on a subscription; "Savings plan purchaser" lets a user buy savings plans only. */
export const azureRoles = ["Owner", "Contributor", "Reader", "Savings plan purchaser"] as const;

export type AzureRole = (typeof azureRoles)[number];

export const customerUserStatuses = ["active", "inactive"] as const;

export type CustomerUserStatus = (typeof customerUserStatuses)[number];

export const orderChannels = ["partner", "customer_self_service", "auto_renewal"] as const;

export type OrderChannel = (typeof orderChannels)[number];

/** Partner Center's names for the two customer purchase permissions, reservations first as the Account page lists them. */
export const purchasePermissionResources = ["AzureReservedInstances", "AzureSavingsPlan"] as const;

export type PurchasePermissionResource = (typeof purchasePermissionResources)[number];

export const reservationTerms = ["P1Y", "P3Y"] as const;

export type ReservationTerm = (typeof reservationTerms)[number];

export const billingPlans = ["upfront", "monthly"] as const;

export type BillingPlan = (typeof billingPlans)[number];

export const reservationScopes = ["single", "shared", "resource_group"] as const;

export const reservationStatuses = ["active", "cancelled", "exchanged"] as const;

/** Why an auto-renewal did not happen at expiry (Azure's rule: it does not happen later either). */
export const notRenewedReasons = ["billing_subscription_not_active", "no_longer_sold"] as const;

export type NotRenewedReason = (typeof notRenewedReasons)[number];

export type ReservationScope = (typeof reservationScopes)[number];

/**
 * What a notification tells. "written_before_translation" marks rows from before the product spoke more than one
 * language: their English words were stored as they were written, in params.text.
 */
export const notificationKinds = [
  "reservation_purchased",
  "savings_plan_purchased",
  "request_opened",
  "reservation_not_renewed",
  "savings_plan_not_renewed",
  "written_before_translation",
  "purchase_submitted",
  "expiring_soon_digest",
  "webhook_disabled",
] as const;

export type NotificationKind = (typeof notificationKinds)[number];

export type NotificationParams = Record<string, string | number>;

export const userKinds = ["partner_user", "customer_user"] as const;

export type UserKind = (typeof userKinds)[number];

export const reservationRequestKinds = ["exchange", "cancel", "renew", "change_scope"] as const;

export type ReservationRequestKind = (typeof reservationRequestKinds)[number];

export const reservationRequestStatuses = ["open", "approved", "declined"] as const;

export const apiKeyAccessLevels = ["read_only", "full"] as const;

export type ApiKeyAccessLevel = (typeof apiKeyAccessLevels)[number];

/** How a session's second factor was shown: a code from an authenticator app, a recovery code, a passkey, or Entra ID's own MFA. */
export const mfaMethods = ["authenticator_app", "recovery_code", "passkey", "entra"] as const;

export type MfaMethod = (typeof mfaMethods)[number];

/** What a WebAuthn challenge is for: registering a passkey, or signing in with one. */
export const webauthnPurposes = ["registration", "authentication"] as const;

/** What a customer buys for themselves: the two kinds the purchase permissions cover. */
export const purchaseKinds = ["reservation", "savings_plan"] as const;

export type PurchaseKind = (typeof purchaseKinds)[number];

/** A purchase submitted for approval: waiting for the partner, then bought (approved) or declined. */
export const purchaseApprovalStatuses = ["pending", "approved", "declined"] as const;

export type PurchaseApprovalStatus = (typeof purchaseApprovalStatuses)[number];

/** Where a bulk permission job is: running (or waiting to be resumed), run to its end, or cancelled part-way. */
export const permissionJobStatuses = ["running", "completed", "cancelled"] as const;

export type PermissionJobStatus = (typeof permissionJobStatuses)[number];

/**
 * What a bulk permission job did for one customer: changed it; found it already so; skipped it, because it cannot
 * have the permission (its reason is kept); or failed on an error. A customer without an outcome has not had its turn.
 */
export const permissionJobOutcomes = ["changed", "unchanged", "skipped", "failed"] as const;

export type PermissionJobOutcome = (typeof permissionJobOutcomes)[number];

/**
 * The webhook events Partner Console sends, in Partner Center's `{resource}-{action}` form. Each but `test-created`
 * follows from an activity entry (lib/webhooks/webhook-events.ts): written in the transaction that makes the change.
 */
export const webhookEventNames = [
  "test-created",
  "customer-purchase-permission-created",
  "customer-purchase-permission-deleted",
  "subscription-created",
  "subscription-updated",
  "reservation-created",
  "reservation-renewed",
  "reservation-updated",
  "reservation-refunded",
  "reservation-exchanged",
  "reservation-traded-in",
  "savings-plan-created",
  "savings-plan-renewed",
  "savings-plan-updated",
  "customer-request-created",
  "customer-request-approved",
  "customer-request-declined",
  "purchase-controls-updated",
  "purchase-approval-created",
  "purchase-approval-approved",
  "purchase-approval-declined",
] as const;

export type WebhookEventName = (typeof webhookEventNames)[number];

/** An event waiting to be delivered (or retried), delivered (a 2xx), or given up on after a day of retries. */
export const webhookEventStatuses = ["pending", "delivered", "failed"] as const;

export type WebhookEventStatus = (typeof webhookEventStatuses)[number];
