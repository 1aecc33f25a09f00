import { z } from "zod";
import { reservationScopes } from "@/db/schema";
import { selfServePolicyBody, selfServePolicyUpdateBody } from "@/lib/customer-permissions/self-serve-policy-api";
import { orderRequestBody } from "@/lib/orders/order-request";
import { exchangeQuoteInput } from "@/lib/reservations/exchange-reservation";
import { refundQuoteInput } from "@/lib/reservations/refund-reservation";
import { microsoftId } from "@/lib/validation";
import { auditRecordIdPattern, auditRecordsQuery } from "./audit-records";
import {
  approvedPurchaseResource,
  declinePurchaseBody,
  purchaseApprovalResource,
  purchaseApprovalsQuery,
  purchaseControlsBody,
  purchaseControlsResource,
} from "./purchase-controls-api";
import { customersQuery } from "./customers-api";
import { expiringPurchasesOperations } from "./expiring-purchases-operations";
import { permissionJobOperations } from "./permission-jobs-operations";
import { webhookOperations } from "./webhooks-operations";
import {
  auditRecordResource,
  collection,
  customerResource,
  exchangeQuoteResource,
  orderResource,
  refundQuoteResource,
  reservationResource,
  selfServePolicyResource,
  subscriptionResource,
} from "./resources";

/** The body of PATCH …/reservations/{reservation}: a new scope, auto-renew, or both (both or neither apply). */
export const reservationPatchBody = z
  .object({
    scope: z.enum(reservationScopes).optional(),
    subscriptionId: microsoftId.optional().describe("For a single or resource_group scope: the subscription."),
    resourceGroup: z.string().max(90).optional().describe("For a resource_group scope."),
    autoRenew: z.boolean().optional(),
  })
  .meta({ id: "ReservationUpdate" });

export type ApiOperation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** As OpenAPI writes it, e.g. /api/v1/customers/{customerId}. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag:
    | "Customers"
    | "Customer permissions"
    | "Bulk permission jobs"
    | "Purchase controls"
    | "Orders"
    | "Reservations"
    | "Expiring soon"
    | "Audit records"
    | "Webhooks";
  pathParameters?: Record<string, { schema: z.ZodType; description: string }>;
  query?: z.ZodObject;
  /** Order-creating and money-moving requests: the Idempotency-Key header is required. */
  idempotent?: boolean;
  /** Versioned settings: the answer carries an ETag, and a save must send it back as If-Match. */
  etag?: "answers" | "requires";
  body?: z.ZodType;
  example?: unknown;
  /** The success answer; refusals come from `refusals` in the one error shape. */
  success: { status: 200 | 201 | 204; description: string; schema?: z.ZodType };
  refusals: (400 | 403 | 404 | 409 | 412 | 422 | 428)[];
};

const customerId = { schema: microsoftId, description: "The customer's Microsoft ID (tenant id)." };
const reservationId = { schema: microsoftId, description: "The reservation id." };
const approvalId = { schema: microsoftId, description: "The purchase approval's id." };
const policyId = {
  schema: z.string().regex(/^[0-9a-fA-F-]{36}_[0-9a-fA-F-]{36}$/),
  description: "{partner tenant id}_{customer tenant id}",
};

const returnBody = refundQuoteInput.omit({ reservationId: true }).meta({ id: "ReturnRequest" });
const exchangeBody = exchangeQuoteInput.omit({ reservationId: true }).meta({ id: "ExchangeRequest" });

/**
 * Every endpoint of the partner API, with the zod schemas its handler validates with: the OpenAPI document is
 * generated from this list (lib/api/openapi.ts), never written by hand.
 */
export const apiOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/customers",
    operationId: "listCustomers",
    summary: "List customers",
    description:
      "The partner's customers by company name. `search` keeps those where every word starts a word of the company name or domain. Continue with the `continuationToken` (or the `MS-ContinuationToken` header) of the previous page.",
    tag: "Customers",
    query: customersQuery,
    success: {
      status: 200,
      description: "A page of customers.",
      schema: collection(customerResource, "CustomerCollection"),
    },
    refusals: [400, 403],
  },
  {
    method: "get",
    path: "/api/v1/customers/{customerId}",
    operationId: "getCustomer",
    summary: "Get a customer",
    tag: "Customers",
    pathParameters: { customerId },
    success: { status: 200, description: "The customer.", schema: customerResource },
    refusals: [403, 404],
  },
  {
    method: "get",
    path: "/api/v1/customers/{customerId}/subscriptions",
    operationId: "listSubscriptions",
    summary: "List a customer's subscriptions",
    tag: "Customers",
    pathParameters: { customerId },
    success: {
      status: 200,
      description: "The customer's subscriptions, newest first.",
      schema: collection(subscriptionResource, "SubscriptionCollection"),
    },
    refusals: [403, 404],
  },
  {
    method: "get",
    path: "/api/v1/customers/{customerId}/orders",
    operationId: "listOrders",
    summary: "List a customer's orders",
    description: "Purchases, refunds (negative lines), exchanges and renewals, newest first. Money in integer cents.",
    tag: "Orders",
    pathParameters: { customerId },
    success: {
      status: 200,
      description: "The customer's orders.",
      schema: collection(orderResource, "OrderCollection"),
    },
    refusals: [403, 404],
  },
  {
    method: "post",
    path: "/api/v1/customers/{customerId}/orders",
    operationId: "createOrder",
    summary: "Create an order",
    description:
      "Buys an Azure plan (offer DZH318Z0BPS6) or an Azure reservation (its catalog item id as the offer id). The same Idempotency-Key with the same body answers the first order again; with another body, 422.",
    tag: "Orders",
    pathParameters: { customerId },
    idempotent: true,
    body: orderRequestBody.meta({ id: "OrderRequest" }),
    example: {
      billingCycle: "one_time",
      lineItems: [
        {
          offerId: "DZH318Z0BQ4P:0001",
          quantity: 1,
          termDuration: "P1Y",
          provisioningContext: {
            subscriptionId: "00000000-0000-4000-8000-000000000000",
            scope: "shared",
            region: "eastus",
          },
        },
      ],
    },
    success: { status: 201, description: "The order.", schema: orderResource },
    refusals: [400, 403, 404, 409, 422],
  },
  {
    method: "get",
    path: "/api/v1/customers/{customerId}/reservations",
    operationId: "listReservations",
    summary: "List a customer's reservations",
    description: "Every reservation, whatever its state: active, cancelled, exchanged or expired.",
    tag: "Reservations",
    pathParameters: { customerId },
    success: {
      status: 200,
      description: "The customer's reservations, newest first.",
      schema: collection(reservationResource, "ReservationCollection"),
    },
    refusals: [403, 404],
  },
  {
    method: "get",
    path: "/api/v1/customers/{customerId}/reservations/{reservationId}",
    operationId: "getReservation",
    summary: "Get a reservation",
    tag: "Reservations",
    pathParameters: { customerId, reservationId },
    success: { status: 200, description: "The reservation.", schema: reservationResource },
    refusals: [403, 404],
  },
  {
    method: "patch",
    path: "/api/v1/customers/{customerId}/reservations/{reservationId}",
    operationId: "updateReservation",
    summary: "Change a reservation's scope or auto-renew",
    description: "Both changes apply together, or neither. No money moves.",
    tag: "Reservations",
    pathParameters: { customerId, reservationId },
    body: reservationPatchBody,
    example: { autoRenew: true },
    success: { status: 200, description: "The reservation as it is now.", schema: reservationResource },
    refusals: [400, 403, 404, 409],
  },
  {
    method: "post",
    path: "/api/v1/customers/{customerId}/reservations/{reservationId}/calculateRefund",
    operationId: "calculateRefund",
    summary: "Calculate a refund",
    description:
      "What cancelling part of a reservation would give back and take from the USD 50,000 refund limit. Nothing is written.",
    tag: "Reservations",
    pathParameters: { customerId, reservationId },
    body: returnBody,
    example: { quantity: 1 },
    success: { status: 200, description: "The calculation.", schema: refundQuoteResource },
    refusals: [400, 403, 404, 409],
  },
  {
    method: "post",
    path: "/api/v1/customers/{customerId}/reservations/{reservationId}/return",
    operationId: "returnReservation",
    summary: "Cancel (refund) part or all of a reservation",
    tag: "Reservations",
    pathParameters: { customerId, reservationId },
    idempotent: true,
    body: returnBody,
    example: { quantity: 1 },
    success: {
      status: 201,
      description: "The refund order.",
      schema: z
        .object({
          orderId: microsoftId,
          refundMinor: z.int(),
          futurePaymentsCancelledMinor: z.int(),
          currency: z.string(),
        })
        .meta({ id: "Refund" }),
    },
    refusals: [400, 403, 404, 409, 422],
  },
  {
    method: "post",
    path: "/api/v1/customers/{customerId}/reservations/{reservationId}/calculateExchange",
    operationId: "calculateExchange",
    summary: "Calculate an exchange",
    description:
      "What returning part of a reservation for another of its family would credit and cost. Nothing is written.",
    tag: "Reservations",
    pathParameters: { customerId, reservationId },
    body: exchangeBody,
    success: { status: 200, description: "The calculation.", schema: exchangeQuoteResource },
    refusals: [400, 403, 404, 409],
  },
  {
    method: "post",
    path: "/api/v1/customers/{customerId}/reservations/{reservationId}/exchange",
    operationId: "exchangeReservation",
    summary: "Exchange part or all of a reservation",
    tag: "Reservations",
    pathParameters: { customerId, reservationId },
    idempotent: true,
    body: exchangeBody,
    success: {
      status: 201,
      description: "The exchange order and the new reservation.",
      schema: z
        .object({ orderId: microsoftId, reservationId: microsoftId, netMinor: z.int(), currency: z.string() })
        .meta({ id: "Exchange" }),
    },
    refusals: [400, 403, 404, 409, 422],
  },
  {
    method: "get",
    path: "/api/v1/SelfServePolicy",
    operationId: "listSelfServePolicies",
    summary: "Get a customer's purchase permissions",
    description: "Partner Center's SelfServePolicy: the customer's policy, or none while every permission is off.",
    tag: "Customer permissions",
    query: z.object({ entity_id: microsoftId.describe("The customer's Microsoft ID.") }),
    success: {
      status: 200,
      description: "The customer's policies (none or one).",
      schema: collection(selfServePolicyResource, "SelfServePolicyCollection"),
    },
    refusals: [400, 403, 404],
  },
  {
    method: "post",
    path: "/api/v1/SelfServePolicy",
    operationId: "createSelfServePolicy",
    summary: "Turn on customer permissions",
    description:
      "Allows the customer to purchase Azure reservations (AzureReservedInstances), Azure savings plans (AzureSavingsPlan), or both (Admin agents and full keys). 409 with code 600041 when the customer already has a policy (change it with PUT); 409 prerequisite_missing without an active Azure plan or Azure Global subscription.",
    tag: "Customer permissions",
    body: selfServePolicyBody.meta({ id: "SelfServePolicyRequest" }),
    example: {
      selfServeEntity: { selfServeEntityType: "customer", tenantID: "00000000-0000-4000-8000-000000000000" },
      permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
    },
    success: { status: 201, description: "The policy.", schema: selfServePolicyResource },
    refusals: [400, 403, 404, 409],
  },
  {
    method: "get",
    path: "/api/v1/SelfServePolicy/{policyId}",
    operationId: "getSelfServePolicy",
    summary: "Get a purchase-permission policy",
    tag: "Customer permissions",
    pathParameters: { policyId },
    success: { status: 200, description: "The policy.", schema: selfServePolicyResource },
    refusals: [403, 404],
  },
  {
    method: "put",
    path: "/api/v1/SelfServePolicy/{policyId}",
    operationId: "updateSelfServePolicy",
    summary: "Change a customer's permissions",
    description:
      "The policy holds exactly the permissions given: add the second one, or turn one off. All of them change, or none.",
    tag: "Customer permissions",
    pathParameters: { policyId },
    body: selfServePolicyUpdateBody.meta({ id: "SelfServePolicyUpdate" }),
    example: { permissions: [{ resource: "AzureSavingsPlan", action: "Purchase" }] },
    success: { status: 200, description: "The policy as it is now.", schema: selfServePolicyResource },
    refusals: [400, 403, 404, 409],
  },
  {
    method: "delete",
    path: "/api/v1/SelfServePolicy/{policyId}",
    operationId: "deleteSelfServePolicy",
    summary: "Turn off every customer permission",
    tag: "Customer permissions",
    pathParameters: { policyId },
    success: { status: 204, description: "Turned off." },
    refusals: [403, 404],
  },
  {
    method: "get",
    path: "/api/v1/customers/{customerId}/purchaseControls",
    operationId: "getPurchaseControls",
    summary: "Get a customer's purchase controls",
    description:
      "The monthly purchase limit and the approval amount that apply to the customer's own purchases (its own values or the partner's defaults), and what its purchases have committed this calendar month (UTC). The ETag header (also in attributes.etag) is the version to send back as If-Match.",
    tag: "Purchase controls",
    pathParameters: { customerId },
    etag: "answers",
    success: { status: 200, description: "The purchase controls.", schema: purchaseControlsResource },
    refusals: [403, 404],
  },
  {
    method: "put",
    path: "/api/v1/customers/{customerId}/purchaseControls",
    operationId: "updatePurchaseControls",
    summary: "Change a customer's purchase controls",
    description:
      "Admin agents' keys only. `followsDefaults: true` returns the customer to the partner's defaults; otherwise its own values apply, null meaning no limit. Amounts in cents; the approval amount may not be above the limit. If-Match is required (428 without it); a version changed since is refused with 412 and nothing changes.",
    tag: "Purchase controls",
    pathParameters: { customerId },
    etag: "requires",
    body: purchaseControlsBody,
    example: { followsDefaults: false, monthlyLimitMinor: 2_000_000, approvalAboveMinor: 500_000 },
    success: { status: 200, description: "The purchase controls as they are now.", schema: purchaseControlsResource },
    refusals: [400, 403, 404, 412, 428],
  },
  {
    method: "get",
    path: "/api/v1/purchaseApprovals",
    operationId: "listPurchaseApprovals",
    summary: "List purchases submitted for approval",
    description:
      "Customers' own purchases above their approval amount, newest first (the latest 200): nothing is bought until approved. Pending ones carry the customer's month and what approving would leave of its limit.",
    tag: "Purchase controls",
    query: purchaseApprovalsQuery,
    success: {
      status: 200,
      description: "Purchase approvals.",
      schema: collection(purchaseApprovalResource, "PurchaseApprovalCollection"),
    },
    refusals: [400, 403, 404],
  },
  {
    method: "post",
    path: "/api/v1/purchaseApprovals/{approvalId}/approve",
    operationId: "approvePurchase",
    summary: "Approve a submitted purchase",
    description:
      "Buys it as the customer user who submitted it (their permission and role must still hold), within the limit of this month: at the quoted price within 7 days of the submission, at today's price after. Refused with 409 purchase_limit_exceeded when it would pass the limit. The Idempotency-Key belongs to this approval: its retry answers the same order.",
    tag: "Purchase controls",
    pathParameters: { approvalId },
    idempotent: true,
    success: { status: 200, description: "Approved: the order bought.", schema: approvedPurchaseResource },
    refusals: [400, 403, 404, 409, 422],
  },
  {
    method: "post",
    path: "/api/v1/purchaseApprovals/{approvalId}/decline",
    operationId: "declinePurchase",
    summary: "Decline a submitted purchase",
    description: "Nothing is bought; the customer sees the reason in their Requests.",
    tag: "Purchase controls",
    pathParameters: { approvalId },
    body: declinePurchaseBody,
    example: { reason: "Please buy the 1-year term instead." },
    success: { status: 200, description: "Declined.", schema: z.object({ approvalId: z.guid() }) },
    refusals: [400, 403, 404, 409],
  },
  {
    method: "get",
    path: "/api/v1/auditrecords",
    operationId: "listAuditRecords",
    summary: "List audit records",
    description:
      'The Activity log in the shape of Partner Center\'s audit records, newest first; the last 30 days unless startDate and endDate say otherwise. `filter` is a JSON object: `{"Field":"CompanyName","Value":"Wingtip","Operator":"substring"}`, or Field CustomerId, ResourceType or OperationType with Operator equals.',
    tag: "Audit records",
    query: auditRecordsQuery,
    success: {
      status: 200,
      description: "A page of audit records.",
      schema: collection(auditRecordResource, "AuditRecordCollection"),
    },
    refusals: [400, 403],
  },
  {
    method: "get",
    path: "/api/v1/auditrecords/{id}",
    operationId: "getAuditRecord",
    summary: "Get an audit record",
    description:
      "One audit record of the partner, by the id the list's records carry (a webhook event's AuditUri points here). Admin agents only.",
    tag: "Audit records",
    pathParameters: { id: { schema: z.string().regex(auditRecordIdPattern), description: "The audit record's id." } },
    success: { status: 200, description: "The audit record.", schema: auditRecordResource },
    refusals: [403, 404],
  },
  ...permissionJobOperations,
  ...expiringPurchasesOperations,
  ...webhookOperations,
];
