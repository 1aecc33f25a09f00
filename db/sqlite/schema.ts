import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { locales } from "../../i18n/locales";
import {
  partnerRoles,
  offerTypes,
  subscriptionStatuses,
  azureRoles,
  customerUserStatuses,
  orderChannels,
  purchasePermissionResources,
  reservationTerms,
  billingPlans,
  reservationScopes,
  reservationStatuses,
  notRenewedReasons,
  notificationKinds,
  type NotificationParams,
  userKinds,
  reservationRequestKinds,
  reservationRequestStatuses,
  apiKeyAccessLevels,
  mfaMethods,
  webauthnPurposes,
  purchaseKinds,
  purchaseApprovalStatuses,
  permissionJobStatuses,
  permissionJobOutcomes,
  webhookEventNames,
  webhookEventStatuses,
  type WebhookEventName,
} from "../enums";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const partners = sqliteTable("partners", {
  id: integer("id").primaryKey(),
  /** The partner's Microsoft ID (tenant GUID). */
  tenantId: text("tenant_id").notNull().unique(),
  name: text("name").notNull(),
  currency: text("currency").notNull().default("USD"),
  createdAt: createdAt(),
});

export const partnerUsers = sqliteTable(
  "partner_users",
  {
    id: integer("id").primaryKey(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    email: text("email").notNull().unique(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: partnerRoles }).notNull(),
    passwordHash: text("password_hash").notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    /** The language the user chose in the user menu; null follows the browser's Accept-Language. */
    language: text("language", { enum: locales }),
    /** The user's object id in the partner's Microsoft Entra tenant (oid), linked at their first single sign-on. */
    entraObjectId: text("entra_object_id"),
    /** Whether the agent asked for the daily in-app digest of what expires within 30 days. Off by default. */
    expiryDigest: integer("expiry_digest", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("partner_users_partner_idx").on(t.partnerId),
    uniqueIndex("partner_users_entra_object_idx").on(t.partnerId, t.entraObjectId),
  ],
);

export const customers = sqliteTable(
  "customers",
  {
    id: integer("id").primaryKey(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    /** The customer's Microsoft ID (tenant GUID); the id used in URLs and the API. */
    tenantId: text("tenant_id").notNull().unique(),
    companyName: text("company_name").notNull(),
    primaryDomain: text("primary_domain").notNull().unique(),
    addressLine1: text("address_line1").notNull(),
    city: text("city").notNull(),
    state: text("state"),
    postalCode: text("postal_code").notNull(),
    country: text("country").notNull(),
    contactFirstName: text("contact_first_name").notNull(),
    contactLastName: text("contact_last_name").notNull(),
    contactEmail: text("contact_email").notNull(),
    contactPhone: text("contact_phone"),
    createdAt: createdAt(),
  },
  (t) => [index("customers_partner_name_idx").on(t.partnerId, sql`${t.companyName} collate nocase`, t.id)],
);

export const customerUsers = sqliteTable(
  "customer_users",
  {
    id: integer("id").primaryKey(),
    /** The user's object id in the customer's directory (GUID); the id used in URLs and the API. */
    objectId: text("object_id").notNull().unique(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id),
    displayName: text("display_name").notNull(),
    userPrincipalName: text("user_principal_name").notNull().unique(),
    status: text("status", { enum: customerUserStatuses }).notNull().default("active"),
    /** Null until the user has a password; such a user cannot sign in. */
    passwordHash: text("password_hash"),
    /** Set with a temporary password (a new user, a reset): the user must choose their own before anything else. */
    mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
    /** With a temporary password: when it stops working (24 hours after it was issued). */
    temporaryPasswordExpiresAt: integer("temporary_password_expires_at", { mode: "timestamp_ms" }),
    /** With a temporary password: the one sign-in it was good for. A second sign-in with it is refused. */
    temporaryPasswordUsedAt: integer("temporary_password_used_at", { mode: "timestamp_ms" }),
    /** The language the user chose in the user menu; null follows the browser's Accept-Language. */
    language: text("language", { enum: locales }),
    createdAt: createdAt(),
  },
  (t) => [index("customer_users_customer_idx").on(t.customerId)],
);

export const subscriptions = sqliteTable(
  "subscriptions",
  {
    id: integer("id").primaryKey(),
    /** The subscription id shown to people (GUID); for Azure it is also the Azure subscription id. */
    subscriptionId: text("subscription_id").notNull().unique(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id),
    offerType: text("offer_type", { enum: offerTypes }).notNull(),
    offerId: text("offer_id").notNull(),
    offerName: text("offer_name").notNull(),
    friendlyName: text("friendly_name").notNull(),
    usageBased: integer("usage_based", { mode: "boolean" }).notNull(),
    quantity: integer("quantity"),
    status: text("status", { enum: subscriptionStatuses }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("subscriptions_customer_idx").on(t.customerId, t.offerType, t.status)],
);

export const roleAssignments = sqliteTable(
  "role_assignments",
  {
    id: integer("id").primaryKey(),
    subscriptionId: integer("subscription_id")
      .notNull()
      .references(() => subscriptions.id),
    customerUserId: integer("customer_user_id")
      .notNull()
      .references(() => customerUsers.id),
    role: text("role", { enum: azureRoles }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("role_assignments_unique_idx").on(t.subscriptionId, t.customerUserId, t.role),
    index("role_assignments_user_idx").on(t.customerUserId),
  ],
);

/**
 * One row per granted permission: a row present means "On". Mirrors Partner Center's
 * SelfServePolicy (grantor = the partner, self-serve entity = the customer).
 */
export const customerPurchasePermissions = sqliteTable(
  "customer_purchase_permissions",
  {
    id: integer("id").primaryKey(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id),
    resource: text("resource", { enum: purchasePermissionResources }).notNull(),
    grantedByPartnerUserId: integer("granted_by_partner_user_id")
      .notNull()
      .references(() => partnerUsers.id),
    grantedAt: createdAt(),
  },
  (t) => [uniqueIndex("customer_purchase_permissions_unique_idx").on(t.customerId, t.resource)],
);

export const orders = sqliteTable(
  "orders",
  {
    id: integer("id").primaryKey(),
    /** The order id shown to people (GUID). */
    orderId: text("order_id").notNull().unique(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id),
    channel: text("channel", { enum: orderChannels }).notNull(),
    placedByPartnerUserId: integer("placed_by_partner_user_id").references(() => partnerUsers.id),
    placedByCustomerUserId: integer("placed_by_customer_user_id").references(() => customerUsers.id),
    /** Who placed it, as they signed in at the time. */
    placedByEmail: text("placed_by_email").notNull(),
    currency: text("currency").notNull(),
    /** In minor units (cents): never binary floats for money. */
    totalMinor: integer("total_minor").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("orders_customer_time_idx").on(t.customerId, t.createdAt)],
);

export const orderLines = sqliteTable(
  "order_lines",
  {
    id: integer("id").primaryKey(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id),
    offerId: text("offer_id").notNull(),
    offerName: text("offer_name").notNull(),
    quantity: integer("quantity").notNull(),
    /** Null for usage-based offers, billed by consumption. */
    unitPriceMinor: integer("unit_price_minor"),
    /** For reservations: "P1Y" | "P3Y" and "one_time" | "monthly", as Partner Center's cart lines say. */
    termDuration: text("term_duration"),
    billingCycle: text("billing_cycle"),
    subscriptionId: integer("subscription_id").references(() => subscriptions.id),
    /** The reservation a line buys, refunds or exchanges; refund lines have a negative unit price. */
    reservationId: integer("reservation_id"),
    /** On a refund line: the remaining commitment it cancelled, which counts against the refund pool. */
    cancelledCommitmentMinor: integer("cancelled_commitment_minor"),
  },
  (t) => [index("order_lines_order_idx").on(t.orderId)],
);

export const reservations = sqliteTable(
  "reservations",
  {
    id: integer("id").primaryKey(),
    /** The reservation id (GUID) shown under Manage → Properties. */
    reservationId: text("reservation_id").notNull().unique(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id),
    displayName: text("display_name").notNull(),
    catalogItemId: text("catalog_item_id").notNull(),
    productName: text("product_name").notNull(),
    region: text("region").notNull(),
    quantity: integer("quantity").notNull(),
    term: text("term", { enum: reservationTerms }).notNull(),
    billingPlan: text("billing_plan", { enum: billingPlans }).notNull(),
    billingSubscriptionId: integer("billing_subscription_id")
      .notNull()
      .references(() => subscriptions.id),
    scope: text("scope", { enum: reservationScopes }).notNull(),
    /** For the resource-group scope. */
    resourceGroup: text("resource_group"),
    /** For the single-subscription and resource-group scopes: the subscription the discount applies to. */
    scopeSubscriptionId: integer("scope_subscription_id").references(() => subscriptions.id),
    /** Cancelled and exchanged are set when it happens; expired is read from expiresAt, never stored. */
    status: text("status", { enum: reservationStatuses }).notNull().default("active"),
    autoRenew: integer("auto_renew", { mode: "boolean" }).notNull().default(false),
    /** Set on a renewal: the reservation it renews. Unique, so a reservation is renewed once, whoever runs the job. */
    renewalOfReservationId: integer("renewal_of_reservation_id"),
    /** Set on what an exchange bought: the reservation given back for it. */
    exchangedFromReservationId: integer("exchanged_from_reservation_id"),
    /** Set when auto-renew was on but the renewal could not be billed at expiry: the reservation simply expired. */
    notRenewedAt: integer("not_renewed_at", { mode: "timestamp_ms" }),
    notRenewedReason: text("not_renewed_reason", { enum: notRenewedReasons }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("reservations_customer_time_idx").on(t.customerId, t.createdAt),
    uniqueIndex("reservations_renewal_of_idx").on(t.renewalOfReservationId),
    index("reservations_due_idx").on(t.status, t.autoRenew, t.expiresAt),
  ],
);

/** A partner's reservation prices: basis points against the list (Web Direct) price; +500 is a 5% markup. */
export const reservationPriceLists = sqliteTable("reservation_price_lists", {
  partnerId: integer("partner_id")
    .primaryKey()
    .references(() => partners.id),
  defaultAdjustmentBasisPoints: integer("default_adjustment_basis_points").notNull().default(0),
  /** Savings plans have no products to override: one adjustment applies to every savings plan commitment. */
  savingsPlanAdjustmentBasisPoints: integer("savings_plan_adjustment_basis_points").notNull().default(0),
  /** Bumped by every save: a save carries the version it was read at, and a stale one is refused. */
  version: integer("version").notNull().default(0),
  updatedAt: createdAt(),
});

export const reservationPriceOverrides = sqliteTable(
  "reservation_price_overrides",
  {
    id: integer("id").primaryKey(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    catalogItemId: text("catalog_item_id").notNull(),
    adjustmentBasisPoints: integer("adjustment_basis_points").notNull(),
  },
  (t) => [uniqueIndex("reservation_price_overrides_unique_idx").on(t.partnerId, t.catalogItemId)],
);

export const partnerSettings = sqliteTable("partner_settings", {
  partnerId: integer("partner_id")
    .primaryKey()
    .references(() => partners.id),
  /** Beyond Partner Center: tell the partner when a customer buys for themselves. Off by default. */
  purchaseAlerts: integer("purchase_alerts", { mode: "boolean" }).notNull().default(false),
  /** Bumped by every save: a save carries the version it was read at, and a stale one is refused. */
  version: integer("version").notNull().default(0),
  /** The version of the rules that turn permissions on for new Azure plans (newAzurePlanPermissions), saved apart. */
  newAzurePlanRulesVersion: integer("new_azure_plan_rules_version").notNull().default(0),
});

export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    customerId: integer("customer_id").references(() => customers.id),
    /** What happened; the reader's language puts it into words with the values in params. */
    kind: text("kind", { enum: notificationKinds }).notNull(),
    params: text("params", { mode: "json" }).$type<NotificationParams>().notNull(),
    /** Where the notification leads, inside the app. */
    link: text("link").notNull(),
    /** The one agent it is for (a digest they asked for); null: every agent of the partner. */
    partnerUserId: integer("partner_user_id").references(() => partnerUsers.id),
    /** What a digest covers (its kind and day): an agent gets each digest once, whichever process writes it. */
    digestKey: text("digest_key"),
    createdAt: createdAt(),
  },
  (t) => [
    index("notifications_partner_time_idx").on(t.partnerId, t.createdAt),
    uniqueIndex("notifications_digest_idx").on(t.partnerUserId, t.digestKey),
  ],
);

/** Which partner user has read which notification: each agent has their own unread count. */
export const notificationReads = sqliteTable(
  "notification_reads",
  {
    notificationId: integer("notification_id")
      .notNull()
      .references(() => notifications.id),
    partnerUserId: integer("partner_user_id")
      .notNull()
      .references(() => partnerUsers.id),
    readAt: createdAt(),
  },
  (t) => [uniqueIndex("notification_reads_unique_idx").on(t.notificationId, t.partnerUserId)],
);

export const activityEntries = sqliteTable(
  "activity_entries",
  {
    id: integer("id").primaryKey(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    /** Null for actions that affect no single customer. */
    customerId: integer("customer_id").references(() => customers.id),
    /** The company name at the time of the action, as Partner Center's audit record keeps it. */
    customerName: text("customer_name"),
    actorPartnerUserId: integer("actor_partner_user_id").references(() => partnerUsers.id),
    /** Set instead of the partner user when a customer user acted (a self-service purchase). */
    actorCustomerUserId: integer("actor_customer_user_id").references(() => customerUsers.id),
    /** The acting user's sign-in name at the time of the action. */
    actorEmail: text("actor_email").notNull(),
    operationType: text("operation_type").notNull(),
    resourceType: text("resource_type").notNull(),
    oldValue: text("old_value"),
    newValue: text("new_value"),
    status: text("status", { enum: ["succeeded", "failed"] })
      .notNull()
      .default("succeeded"),
    createdAt: createdAt(),
  },
  (t) => [
    index("activity_partner_time_idx").on(t.partnerId, t.createdAt, t.id),
    index("activity_partner_customer_time_idx").on(t.partnerId, t.customerId, t.createdAt, t.id),
    index("activity_partner_operation_time_idx").on(t.partnerId, t.operationType, t.createdAt, t.id),
    index("activity_partner_actor_time_idx").on(t.partnerId, t.actorEmail, t.createdAt, t.id),
  ],
);

/**
 * A signed-in session. The session cookie names one (by a random id; only its hash is kept here): signing out
 * ends it, "Sign out everywhere" ends all of a user's, and a cookie of an ended session no longer works.
 */
export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the session id the cookie carries. */
    idHash: text("id_hash").primaryKey(),
    userKind: text("user_kind", { enum: userKinds }).notNull(),
    userId: integer("user_id").notNull(),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    endedAt: integer("ended_at", { mode: "timestamp_ms" }),
    /** How the second factor was shown in this session (null: not yet, the session is only half signed in). */
    mfaMethod: text("mfa_method", { enum: mfaMethods }),
    /** When the second factor was last shown: the sensitive acts ask again when it is older than 15 minutes. */
    mfaAt: integer("mfa_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("sessions_user_idx").on(t.userKind, t.userId)],
);

/**
 * Failed sign-ins, per account name ("account:…", known or not) and per client address ("address:…"), in the
 * database so that every app process counts the same attempts.
 */
export const signInThrottles = sqliteTable("sign_in_throttles", {
  key: text("key").primaryKey(),
  /** Failed attempts since the count last started (a success or a lockout starts it again). */
  failures: integer("failures").notNull().default(0),
  firstFailureAt: integer("first_failure_at", { mode: "timestamp_ms" }),
  /** Lockouts in a row: each lasts longer than the one before. */
  lockouts: integer("lockouts").notNull().default(0),
  lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
  lastLockedAt: integer("last_locked_at", { mode: "timestamp_ms" }),
});

/**
 * The idempotency key of every order-creating request. The unique index is what makes a repeated request (a
 * double click, a retry, a second tab) one purchase: the second one finds the first one's order.
 */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    id: integer("id").primaryKey(),
    /** Who sent it, as "partner_user:12": a key only ever repeats a request of the same person. */
    requester: text("requester").notNull(),
    key: text("key").notNull(),
    /** What the request did, e.g. "purchase_reservation", and a hash of what it asked for. */
    operation: text("operation").notNull(),
    requestHash: text("request_hash").notNull(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("idempotency_keys_unique_idx").on(t.requester, t.key)],
);

/**
 * A customer user's request that the partner exchange, cancel, renew or re-scope a reservation: what Partner
 * Center leaves to e-mail. At most one open request per reservation and kind.
 */
export const reservationRequests = sqliteTable(
  "reservation_requests",
  {
    id: integer("id").primaryKey(),
    /** The request id shown to people (GUID). */
    requestId: text("request_id").notNull().unique(),
    /** What the request is about: a reservation, or a savings plan (scope and renewal only); exactly one. */
    reservationId: integer("reservation_id").references(() => reservations.id),
    savingsPlanId: integer("savings_plan_id").references(() => savingsPlans.id),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id),
    requestedByCustomerUserId: integer("requested_by_customer_user_id")
      .notNull()
      .references(() => customerUsers.id),
    kind: text("kind", { enum: reservationRequestKinds }).notNull(),
    /** What is asked, as the use case that carries it out takes it (JSON): quantity, target, scope, autoRenew. */
    details: text("details").notNull(),
    message: text("message"),
    status: text("status", { enum: reservationRequestStatuses }).notNull().default("open"),
    decidedByPartnerUserId: integer("decided_by_partner_user_id").references(() => partnerUsers.id),
    declineReason: text("decline_reason"),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    /** The idempotency key the approval was sent with: it belongs to this request's approval and no other. */
    approvalIdempotencyKey: text("approval_idempotency_key"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("reservation_requests_approval_key_idx").on(t.decidedByPartnerUserId, t.approvalIdempotencyKey),
    uniqueIndex("reservation_requests_one_open_idx")
      .on(t.reservationId, t.kind)
      .where(sql`status = 'open'`),
    uniqueIndex("reservation_requests_one_open_savings_plan_idx")
      .on(t.savingsPlanId, t.kind)
      .where(sql`status = 'open'`),
    check("reservation_requests_one_subject", sql`(reservation_id is null) <> (savings_plan_id is null)`),
    index("reservation_requests_customer_idx").on(t.customerId, t.createdAt),
  ],
);

/**
 * Purchase controls: how much a customer's own purchases may commit in a calendar month (UTC), and above what
 * commitment a purchase waits for the partner's approval. A row without a customer holds the partner's defaults;
 * a customer's row follows them until an Admin agent gives the customer its own values. Empty means no limit.
 */
export const purchaseControls = sqliteTable(
  "purchase_controls",
  {
    id: integer("id").primaryKey(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    customerId: integer("customer_id").references(() => customers.id),
    /** A customer's row only: whether it uses the partner's defaults rather than the values below. */
    followsDefaults: integer("follows_defaults", { mode: "boolean" }).notNull().default(true),
    monthlyLimitMinor: integer("monthly_limit_minor"),
    approvalAboveMinor: integer("approval_above_minor"),
    /** Bumped by every save: a save carries the version it was read at, and a stale one is refused. */
    version: integer("version").notNull().default(0),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("purchase_controls_customer_idx").on(t.customerId),
    uniqueIndex("purchase_controls_partner_defaults_idx")
      .on(t.partnerId)
      .where(sql`customer_id is null`),
  ],
);

/**
 * A customer's purchase above the approval amount: nothing is bought until an Admin agent approves it (then the
 * order is bought through the customer's own purchase path) or declines it with a reason.
 */
export const purchaseApprovals = sqliteTable(
  "purchase_approvals",
  {
    id: integer("id").primaryKey(),
    /** The id shown to people and programs (GUID). */
    approvalId: text("approval_id").notNull().unique(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id),
    requestedByCustomerUserId: integer("requested_by_customer_user_id")
      .notNull()
      .references(() => customerUsers.id),
    kind: text("kind", { enum: purchaseKinds }).notNull(),
    /** What the customer chose, as the purchase takes it (JSON), the billing subscription by its GUID. */
    choice: text("choice").notNull(),
    currency: text("currency").notNull(),
    /** The partner's price when submitted: approving within 7 days buys at it. */
    quotedTotalMinor: integer("quoted_total_minor").notNull(),
    quotedUnitPriceMinor: integer("quoted_unit_price_minor").notNull(),
    status: text("status", { enum: purchaseApprovalStatuses }).notNull().default("pending"),
    /** The key the customer submitted with: the same submission sent twice is one. */
    submitIdempotencyKey: text("submit_idempotency_key").notNull(),
    decidedByPartnerUserId: integer("decided_by_partner_user_id").references(() => partnerUsers.id),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    declineReason: text("decline_reason"),
    /** The key the approval was sent with: it belongs to this approval and no other. */
    approvalIdempotencyKey: text("approval_idempotency_key"),
    /** The order approving bought. */
    orderId: integer("order_id").references(() => orders.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("purchase_approvals_submit_key_idx").on(t.requestedByCustomerUserId, t.submitIdempotencyKey),
    uniqueIndex("purchase_approvals_approval_key_idx").on(t.decidedByPartnerUserId, t.approvalIdempotencyKey),
    uniqueIndex("purchase_approvals_order_idx").on(t.orderId),
    check("purchase_approvals_order_when_approved", sql`(status = 'approved') = (order_id is not null)`),
    index("purchase_approvals_customer_idx").on(t.customerId, t.createdAt),
  ],
);

export type Partner = typeof partners.$inferSelect;
export type PartnerUser = typeof partnerUsers.$inferSelect;
export type Customer = typeof customers.$inferSelect;
export type CustomerUser = typeof customerUsers.$inferSelect;
export type Subscription = typeof subscriptions.$inferSelect;
export type RoleAssignment = typeof roleAssignments.$inferSelect;
export type ActivityEntry = typeof activityEntries.$inferSelect;
export type Order = typeof orders.$inferSelect;
export type Reservation = typeof reservations.$inferSelect;
export type OrderLine = typeof orderLines.$inferSelect;

/**
 * A partner's API keys, for programs (schedulers, PSA tools) that call the API without a browser session. The
 * secret is never stored: only its SHA-256, found by the key's public id that the secret starts with.
 */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: integer("id").primaryKey(),
    /** The public part of the key, e.g. "pck_3f9a…": what lists and activity entries show. */
    keyId: text("key_id").notNull(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    name: text("name").notNull(),
    accessLevel: text("access_level", { enum: apiKeyAccessLevels }).notNull(),
    secretHash: text("secret_hash").notNull(),
    createdByPartnerUserId: integer("created_by_partner_user_id")
      .notNull()
      .references(() => partnerUsers.id),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    revokedByPartnerUserId: integer("revoked_by_partner_user_id").references(() => partnerUsers.id),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
    /** The rate limit's current window: when it began and how many requests it has let through. */
    windowStartedAt: integer("window_started_at", { mode: "timestamp_ms" }),
    windowRequests: integer("window_requests").notNull().default(0),
  },
  (t) => [
    uniqueIndex("api_keys_key_id_idx").on(t.keyId),
    // A name tells a partner's keys apart in lists and in the Activity log; a revoked key's name may be used again.
    uniqueIndex("api_keys_partner_name_idx")
      .on(t.partnerId, t.name)
      .where(sql`revoked_at is null`),
  ],
);
export type ApiKey = typeof apiKeys.$inferSelect;

/**
 * Azure savings plans: an hourly commitment for one or three years, bought by a customer user (with the partner's
 * AzureSavingsPlan permission) or by the partner on their behalf. Active or expired is read from expiresAt, never
 * stored: savings plans cannot be cancelled or exchanged, so nothing else ends one.
 */
export const savingsPlans = sqliteTable(
  "savings_plans",
  {
    id: integer("id").primaryKey(),
    savingsPlanId: text("savings_plan_id").notNull().unique(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id),
    displayName: text("display_name").notNull(),
    /** The hourly commitment in thousandths of the currency unit (1,250 is 1.250 USD an hour): Azure's step. */
    hourlyCommitmentMills: integer("hourly_commitment_mills").notNull(),
    term: text("term", { enum: reservationTerms }).notNull(),
    billingPlan: text("billing_plan", { enum: billingPlans }).notNull(),
    billingSubscriptionId: integer("billing_subscription_id")
      .notNull()
      .references(() => subscriptions.id),
    scope: text("scope", { enum: reservationScopes }).notNull(),
    resourceGroup: text("resource_group"),
    scopeSubscriptionId: integer("scope_subscription_id").references(() => subscriptions.id),
    autoRenew: integer("auto_renew", { mode: "boolean" }).notNull().default(false),
    /** Set when it was bought by trading in a reservation: that reservation. */
    tradedInReservationId: integer("traded_in_reservation_id").references(() => reservations.id),
    /** Set on a renewal: the savings plan it renews. Unique, so a savings plan is renewed once, whoever runs the job. */
    renewalOfSavingsPlanId: integer("renewal_of_savings_plan_id"),
    /** Set when auto-renew was on but the renewal could not be billed at expiry: the savings plan simply expired. */
    notRenewedAt: integer("not_renewed_at", { mode: "timestamp_ms" }),
    notRenewedReason: text("not_renewed_reason", { enum: notRenewedReasons }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("savings_plans_customer_time_idx").on(t.customerId, t.createdAt),
    uniqueIndex("savings_plans_renewal_of_idx").on(t.renewalOfSavingsPlanId),
    index("savings_plans_due_idx").on(t.autoRenew, t.expiresAt),
  ],
);
export type SavingsPlan = typeof savingsPlans.$inferSelect;

/**
 * A user's authenticator app (TOTP, RFC 6238: 6 digits, 30 seconds, SHA-1). One per user; its key is kept as the app
 * was given it, since checking a code needs the key itself. Unconfirmed while being enrolled: it proves nothing until
 * the user has typed a code it made.
 */
export const authenticatorApps = sqliteTable(
  "authenticator_apps",
  {
    id: integer("id").primaryKey(),
    userKind: text("user_kind", { enum: userKinds }).notNull(),
    userId: integer("user_id").notNull(),
    /** The shared key, base32 as authenticator apps read it. */
    secret: text("secret").notNull(),
    createdAt: createdAt(),
    confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("authenticator_apps_user_idx").on(t.userKind, t.userId)],
);

/**
 * The time steps whose codes were accepted, per user: the key makes a code good for one use (RFC 6238 §5.2), whichever
 * process sees it twice. Steps older than the accepted window are swept as new ones are written.
 */
export const usedAuthenticatorCodes = sqliteTable(
  "used_authenticator_codes",
  {
    id: integer("id").primaryKey(),
    userKind: text("user_kind", { enum: userKinds }).notNull(),
    userId: integer("user_id").notNull(),
    timeStep: integer("time_step").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("used_authenticator_codes_step_idx").on(t.userKind, t.userId, t.timeStep)],
);

/** One-time recovery codes, ten at a time, stored as hashes; a code is spent by the update that marks it used. */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey(),
    userKind: text("user_kind", { enum: userKinds }).notNull(),
    userId: integer("user_id").notNull(),
    codeHash: text("code_hash").notNull(),
    createdAt: createdAt(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("recovery_codes_user_code_idx").on(t.userKind, t.userId, t.codeHash)],
);

/** Passkeys (WebAuthn credentials) a user registered as a second factor. */
export const passkeys = sqliteTable(
  "passkeys",
  {
    id: integer("id").primaryKey(),
    userKind: text("user_kind", { enum: userKinds }).notNull(),
    userId: integer("user_id").notNull(),
    /** The credential id, base64url, as the authenticator names it. */
    credentialId: text("credential_id").notNull(),
    /** The COSE public key, base64url. */
    publicKey: text("public_key").notNull(),
    /** The authenticator's signature counter: a clone shows itself by going back. */
    counter: integer("counter").notNull().default(0),
    /** How the browser may reach the authenticator (usb, internal, hybrid…), comma-separated. */
    transports: text("transports"),
    name: text("name").notNull(),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("passkeys_credential_idx").on(t.credentialId),
    index("passkeys_user_idx").on(t.userKind, t.userId),
  ],
);

/**
 * WebAuthn challenges handed to a browser, each good for one ceremony: deleting the row is what spends it, so a signed
 * challenge cannot be replayed, by any process. Registration challenges name the user; sign-in ones do not.
 */
export const webauthnChallenges = sqliteTable("webauthn_challenges", {
  challenge: text("challenge").primaryKey(),
  purpose: text("purpose", { enum: webauthnPurposes }).notNull(),
  userKind: text("user_kind", { enum: userKinds }),
  userId: integer("user_id"),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * The partner's rules that turn a purchase permission on when a customer gets its first active Azure plan: a row per
 * permission that is on, with the Admin agent who turned the rule on (each entry it writes names them).
 */
export const newAzurePlanPermissions = sqliteTable(
  "new_azure_plan_permissions",
  {
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    resource: text("resource", { enum: purchasePermissionResources }).notNull(),
    setByPartnerUserId: integer("set_by_partner_user_id")
      .notNull()
      .references(() => partnerUsers.id),
    setAt: integer("set_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.resource] })],
);

/**
 * A change of one purchase permission for many customers at once (lib/permission-jobs). The customers it covers are
 * its items, fixed when it starts; the server works through them in batches, each batch under a lease held here, so
 * a job outlives the process that started it and another process carries it on once the lease has run out.
 */
export const permissionJobs = sqliteTable(
  "permission_jobs",
  {
    id: integer("id").primaryKey(),
    /** The job's id in URLs and the API (GUID). */
    jobId: text("job_id").notNull().unique(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    startedByPartnerUserId: integer("started_by_partner_user_id")
      .notNull()
      .references(() => partnerUsers.id),
    /**
     * Who sent the starting request (as lib/orders/idempotency.ts names requesters: an API key apart from its agent),
     * its idempotency key and a hash of what it asked: the same request sent twice starts one job.
     */
    requester: text("requester").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    requestHash: text("request_hash").notNull(),
    resource: text("resource", { enum: purchasePermissionResources }).notNull(),
    enabled: integer("enabled", { mode: "boolean" }).notNull(),
    /** What the agent chose the customers by: the search typed (empty for all customers), or null for rows picked. */
    search: text("search"),
    status: text("status", { enum: permissionJobStatuses }).notNull().default("running"),
    cancelledByPartnerUserId: integer("cancelled_by_partner_user_id").references(() => partnerUsers.id),
    /** When the last customer had its turn, or the job was cancelled. */
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
    /** The process working through the job, and until when; past that, any process may take the job over. */
    leaseOwner: text("lease_owner"),
    leaseUntil: integer("lease_until", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("permission_jobs_partner_time_idx").on(t.partnerId, t.createdAt),
    index("permission_jobs_status_idx").on(t.status),
    uniqueIndex("permission_jobs_idempotency_idx").on(t.requester, t.idempotencyKey),
  ],
);

/** One customer of a bulk permission job, and what the job did for it once its turn has come. */
export const permissionJobItems = sqliteTable(
  "permission_job_items",
  {
    jobId: integer("job_id")
      .notNull()
      .references(() => permissionJobs.id),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id),
    /** Null until the customer's turn; written in the transaction that changes the customer, so each is done once. */
    outcome: text("outcome", { enum: permissionJobOutcomes }),
    /** Why a customer was skipped or failed: a message key of the catalogue. */
    reason: text("reason"),
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.customerId] }),
    index("permission_job_items_outcome_idx").on(t.jobId, t.outcome),
  ],
);

/**
 * A partner's webhook registration: one per partner, as in Partner Center. The signing secret has to be readable to
 * sign with (HMAC), so it is stored as it is; a rotated-out secret keeps signing beside the new one for a day.
 */
export const webhookRegistrations = sqliteTable("webhook_registrations", {
  id: integer("id").primaryKey(),
  partnerId: integer("partner_id")
    .notNull()
    .unique()
    .references(() => partners.id),
  url: text("url").notNull(),
  /** The events the partner wants, by name (webhookEventNames). */
  events: text("events", { mode: "json" }).$type<WebhookEventName[]>().notNull(),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
  /** Set when Partner Console turned the registration off after a day of failed deliveries; cleared by a save. */
  disabledForFailuresAt: integer("disabled_for_failures_at", { mode: "timestamp_ms" }),
  secret: text("secret").notNull(),
  previousSecret: text("previous_secret"),
  previousSecretUntil: integer("previous_secret_until", { mode: "timestamp_ms" }),
  /** When deliveries began failing with none succeeding since; null while the receiver answers. */
  failingSince: integer("failing_since", { mode: "timestamp_ms" }),
  /** Bumped by every save: a save carries the version it was read at, and a stale one is refused. */
  version: integer("version").notNull().default(0),
  updatedByPartnerUserId: integer("updated_by_partner_user_id").references(() => partnerUsers.id),
  createdAt: createdAt(),
});

/**
 * The outbox: each event to deliver, written in the transaction of the change it tells of. `webhook_id` is the
 * Standard Webhooks message id, the same on every attempt so that receivers can drop repeats.
 */
export const webhookEvents = sqliteTable(
  "webhook_events",
  {
    id: integer("id").primaryKey(),
    webhookId: text("webhook_id").notNull().unique(),
    registrationId: integer("registration_id")
      .notNull()
      .references(() => webhookRegistrations.id),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    eventName: text("event_name", { enum: webhookEventNames }).notNull(),
    /** The body exactly as it is signed and sent. */
    payload: text("payload").notNull(),
    activityEntryId: integer("activity_entry_id").references(() => activityEntries.id),
    /** A test event's half-minute: at most one a slot, so at most two a minute, held by the unique index. */
    testSlot: integer("test_slot"),
    status: text("status", { enum: webhookEventStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    /** Retries stop after this (a day after the event, or after a Redeliver). */
    retryUntil: integer("retry_until", { mode: "timestamp_ms" }).notNull(),
    /** The process sending it now, and until when; past that, any process may send it. */
    leaseOwner: text("lease_owner"),
    leaseUntil: integer("lease_until", { mode: "timestamp_ms" }),
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
    deliveredAt: integer("delivered_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("webhook_events_due_idx").on(t.status, t.nextAttemptAt),
    index("webhook_events_registration_time_idx").on(t.registrationId, t.createdAt),
    uniqueIndex("webhook_events_test_slot_idx").on(t.registrationId, t.testSlot),
  ],
);

/** Each attempt to deliver an event: what the receiver answered, or why nothing was sent or heard. */
export const webhookAttempts = sqliteTable(
  "webhook_attempts",
  {
    id: integer("id").primaryKey(),
    eventId: integer("event_id")
      .notNull()
      .references(() => webhookEvents.id),
    attemptedAt: integer("attempted_at", { mode: "timestamp_ms" }).notNull(),
    status: integer("status"),
    error: text("error"),
    /** The start of the receiver's answer, up to webhookResponseCap bytes. */
    responseBody: text("response_body"),
    durationMs: integer("duration_ms").notNull(),
  },
  (t) => [index("webhook_attempts_event_idx").on(t.eventId, t.attemptedAt)],
);
