import type { WebhookEventName } from "@/db/schema";
import type { OperationType } from "@/lib/activity/operations";

/** What an activity entry tells a webhook receiver: the event's name and where the API reads what changed. */
export type WebhookEventOf = {
  eventName: WebhookEventName;
  /** The kind of resource, as Partner Center's `ResourceName` names it. */
  resourceName: string;
  /** The API path (under the app's public address) that reads the resource as it is now. */
  resourcePath: string;
};

/** The entry as the outbox sees it: its operation, values, and the customer's Microsoft ID when it has a customer. */
export type EntryForWebhook = {
  operationType: OperationType;
  oldValue: unknown;
  newValue: unknown;
  customerTenantId: string | null;
};

const field = (value: unknown, name: string): string | null => {
  if (typeof value !== "object" || value === null) return null;
  const found = (value as Record<string, unknown>)[name];
  return typeof found === "string" ? found : null;
};

/** The id a change names its resource by: the value after the change, else before it (a delete has no after). */
const idOf = (entry: EntryForWebhook, name = "id") => field(entry.newValue, name) ?? field(entry.oldValue, name);

const customerPath = (entry: EntryForWebhook) => `/api/v1/customers/${entry.customerTenantId}`;

function reservationEvent(entry: EntryForWebhook, eventName: WebhookEventName, id: string | null): WebhookEventOf {
  return {
    eventName,
    resourceName: "reservation",
    resourcePath: id ? `${customerPath(entry)}/reservations/${id}` : `${customerPath(entry)}/reservations`,
  };
}

function savingsPlanEvent(eventName: WebhookEventName, entry: EntryForWebhook): WebhookEventOf {
  // The API has no read of one savings plan yet: the customer's orders list the plan's purchase and renewals.
  return { eventName, resourceName: "savings-plan", resourcePath: `${customerPath(entry)}/orders` };
}

function orderEvent(entry: EntryForWebhook): WebhookEventOf {
  const renewal = field(entry.newValue, "renewalOf") !== null;
  const reservationId = idOf(entry, "reservationId");
  if (reservationId)
    return reservationEvent(entry, renewal ? "reservation-renewed" : "reservation-created", reservationId);
  if (idOf(entry, "savingsPlanId"))
    return savingsPlanEvent(renewal ? "savings-plan-renewed" : "savings-plan-created", entry);
  // The one other order Partner Console places: an Azure plan, a subscription.
  return {
    eventName: "subscription-created",
    resourceName: "subscription",
    resourcePath: `${customerPath(entry)}/subscriptions`,
  };
}

/**
 * The webhook event an activity entry makes, or null for a change receivers are not told of (sign-ins, security info,
 * API keys, users, prices, partner-wide settings). Every change the event list names passes through an activity entry, so the
 * outbox follows the entries and never misses one: lib/activity/record-activity.ts writes both together.
 */
export function webhookEventOf(entry: EntryForWebhook): WebhookEventOf | null {
  // Every event reads its resource through the customer it belongs to; a partner-wide change (the default purchase
  // controls) has no resource the API reads, and no event.
  if (entry.customerTenantId === null) return null;
  switch (entry.operationType) {
    case "create_self_serve_policy":
    case "delete_self_serve_policy":
      return {
        eventName:
          entry.operationType === "create_self_serve_policy"
            ? "customer-purchase-permission-created"
            : "customer-purchase-permission-deleted",
        resourceName: "customer-purchase-permission",
        resourcePath: `/api/v1/SelfServePolicy?entity_id=${entry.customerTenantId}`,
      };
    case "create_order":
      return orderEvent(entry);
    case "update_subscription":
      return {
        eventName: "subscription-updated",
        resourceName: "subscription",
        resourcePath: `${customerPath(entry)}/subscriptions`,
      };
    case "update_reservation":
      return reservationEvent(entry, "reservation-updated", idOf(entry));
    case "refund_reservation":
      return reservationEvent(entry, "reservation-refunded", idOf(entry));
    case "exchange_reservation":
      return reservationEvent(entry, "reservation-exchanged", idOf(entry));
    case "trade_in_reservation":
      return reservationEvent(entry, "reservation-traded-in", idOf(entry));
    case "update_savings_plan":
      return savingsPlanEvent("savings-plan-updated", entry);
    case "create_reservation_request":
    case "approve_reservation_request":
    case "decline_reservation_request": {
      const eventName = (
        {
          create_reservation_request: "customer-request-created",
          approve_reservation_request: "customer-request-approved",
          decline_reservation_request: "customer-request-declined",
        } as const
      )[entry.operationType];
      return { eventName, resourceName: "customer-request", resourcePath: `${customerPath(entry)}/reservations` };
    }
    case "update_customer_purchase_controls":
      return {
        eventName: "purchase-controls-updated",
        resourceName: "purchase-controls",
        resourcePath: `${customerPath(entry)}/purchaseControls`,
      };
    case "submit_purchase_for_approval":
    case "approve_purchase":
    case "decline_purchase": {
      const eventName = (
        {
          submit_purchase_for_approval: "purchase-approval-created",
          approve_purchase: "purchase-approval-approved",
          decline_purchase: "purchase-approval-declined",
        } as const
      )[entry.operationType];
      return { eventName, resourceName: "purchase-approval", resourcePath: "/api/v1/purchaseApprovals" };
    }
    default:
      return null;
  }
}
