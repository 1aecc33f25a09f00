import { engineOf } from "./engine";
import * as postgres from "./postgres/schema";
import * as sqlite from "./sqlite/schema";

/**
 * What use cases import: the tables of the engine this process runs on, and the values their columns hold. Both
 * engines' tables carry the SQLite definition's types (db/sqlite/schema.ts); db/postgres/schema.ts mirrors it and
 * db/schema-parity.test.ts fails on any difference between the two. The engine is fixed for the process's life.
 */
const tables = (engineOf() === "postgres" ? postgres : sqlite) as unknown as typeof sqlite;

export * from "./enums";
export const {
  partners,
  partnerUsers,
  customers,
  customerUsers,
  subscriptions,
  roleAssignments,
  customerPurchasePermissions,
  orders,
  orderLines,
  reservations,
  reservationPriceLists,
  reservationPriceOverrides,
  partnerSettings,
  notifications,
  notificationReads,
  activityEntries,
  sessions,
  signInThrottles,
  idempotencyKeys,
  reservationRequests,
  apiKeys,
  savingsPlans,
  authenticatorApps,
  usedAuthenticatorCodes,
  recoveryCodes,
  passkeys,
  webauthnChallenges,
  purchaseControls,
  purchaseApprovals,
  newAzurePlanPermissions,
  permissionJobs,
  permissionJobItems,
  webhookRegistrations,
  webhookEvents,
  webhookAttempts,
} = tables;
export type {
  Partner,
  PartnerUser,
  Customer,
  CustomerUser,
  Subscription,
  RoleAssignment,
  ActivityEntry,
  Order,
  Reservation,
  OrderLine,
  ApiKey,
  SavingsPlan,
} from "./sqlite/schema";
