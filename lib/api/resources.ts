import { z } from "zod";
import {
  billingPlans,
  offerTypes,
  purchasePermissionResources,
  reservationScopes,
  reservationTerms,
  subscriptionStatuses,
} from "@/db/schema";
import { errorCatalog } from "@/lib/result";

// What the API answers, as zod schemas: the OpenAPI document is generated from them (lib/api/openapi.ts) and the
// e2e suite checks real answers against that document, so a handler that drifts from these fails the tests.

const guid = z.guid();
const instant = z.iso.datetime({ offset: true });
const money = z.object({ amountMinor: z.int(), currency: z.string().length(3) }).meta({ id: "Money" });

export const apiError = z
  .object({
    ok: z.literal(false),
    error: z.enum(Object.keys(errorCatalog) as [keyof typeof errorCatalog, ...(keyof typeof errorCatalog)[]]),
    message: z.string(),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
    code: z.int().optional().describe("Partner Center's own error code, where it has one (600041: already exists)."),
    description: z.string().optional().describe("Partner Center's description beside its code."),
  })
  .meta({ id: "Error", description: "Every refusal, whatever the endpoint: a code, a message, and field errors." });

/** Partner Center's next-page link: send the continuation token back (header or query) for the next page. */
const nextLink = z.object({
  uri: z.string(),
  method: z.literal("GET"),
  headers: z.array(z.object({ key: z.literal("MS-ContinuationToken"), value: z.string() })),
});

/** Partner Center's collection shape. */
export function collection<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      totalCount: z.int().nonnegative(),
      items: z.array(item),
      continuationToken: z.string().optional(),
      links: z.object({ next: nextLink.optional() }).optional(),
      attributes: z.object({ objectType: z.literal("Collection") }),
    })
    .meta({ id });
}

export const customerResource = z
  .object({
    id: guid,
    companyProfile: z.object({ tenantId: guid, domain: z.string(), companyName: z.string() }),
    billingProfile: z.object({
      firstName: z.string(),
      lastName: z.string(),
      email: z.string(),
      defaultAddress: z.object({
        country: z.string(),
        city: z.string(),
        state: z.string().nullable(),
        addressLine1: z.string(),
        postalCode: z.string(),
        phoneNumber: z.string().nullable(),
      }),
    }),
    relationshipToPartner: z.literal("reseller"),
    attributes: z.object({ objectType: z.literal("Customer") }),
  })
  .meta({ id: "Customer" });

export const subscriptionResource = z
  .object({
    id: guid,
    offerId: z.string(),
    offerName: z.string(),
    offerType: z.enum(offerTypes),
    friendlyName: z.string(),
    quantity: z.int().nullable(),
    unitType: z.enum(["Licenses", "Usage-based"]),
    creationDate: instant,
    status: z.enum(subscriptionStatuses),
    attributes: z.object({ objectType: z.literal("Subscription") }),
  })
  .meta({ id: "Subscription" });

export const orderResource = z
  .object({
    id: guid,
    referenceCustomerId: guid,
    creationDate: instant,
    status: z.literal("completed"),
    channel: z.string(),
    placedBy: z.string(),
    currencyCode: z.string(),
    total: money,
    lineItems: z.array(
      z.object({
        lineItemNumber: z.int().nonnegative(),
        offerId: z.string(),
        offerName: z.string(),
        quantity: z.int(),
        termDuration: z.string().nullable(),
        billingCycle: z.string().nullable(),
        unitPriceMinor: z.int().nullable(),
        subscriptionId: guid.nullable(),
      }),
    ),
    attributes: z.object({ objectType: z.literal("Order") }),
  })
  .meta({ id: "Order" });

export const reservationResource = z
  .object({
    id: guid,
    reservationOrderId: guid,
    displayName: z.string(),
    catalogItemId: z.string(),
    productName: z.string(),
    region: z.string(),
    quantity: z.int().nonnegative(),
    term: z.enum(reservationTerms),
    billingPlan: z.enum(billingPlans),
    billingSubscriptionId: guid,
    scope: z.enum(reservationScopes),
    scopeSubscriptionId: guid.nullable(),
    resourceGroup: z.string().nullable(),
    status: z.enum(["active", "cancelled", "exchanged", "expired"]),
    autoRenew: z.boolean(),
    purchaseDate: instant,
    expiryDate: instant,
    price: money.describe("What it was bought for, for its whole term."),
    purchasedBy: z.string(),
    channel: z.string(),
    attributes: z.object({ objectType: z.literal("Reservation") }),
  })
  .meta({ id: "Reservation" });

export const selfServePolicyResource = z
  .object({
    id: z.string(),
    selfServeEntity: z.object({ selfServeEntityType: z.literal("customer"), tenantID: guid }),
    grantor: z.object({ grantorType: z.literal("billToPartner"), tenantID: guid }),
    permissions: z.array(z.object({ resource: z.enum(purchasePermissionResources), action: z.literal("Purchase") })),
    attributes: z.object({ objectType: z.literal("SelfServePolicy") }),
  })
  .meta({ id: "SelfServePolicy" });

export const auditRecordResource = z
  .object({
    id: z.string(),
    partnerId: guid,
    customerId: guid.nullable(),
    customerName: z.string().nullable(),
    userPrincipalName: z.string(),
    resourceType: z.string(),
    resourceOldValue: z.string().nullable().describe("The resource before the change, as a JSON string."),
    resourceNewValue: z.string().nullable().describe("The resource after the change, as a JSON string."),
    operationType: z.string(),
    operationDate: instant,
    operationStatus: z.enum(["succeeded", "failed"]),
    customizedData: z.array(z.object({ key: z.string(), value: z.string() })),
    attributes: z.object({ objectType: z.literal("AuditRecord") }),
  })
  .meta({ id: "AuditRecord" });

export const refundQuoteResource = z
  .object({
    reservationId: guid,
    companyName: z.string(),
    quantity: z.int(),
    quantityHeld: z.int(),
    refundMinor: z.int(),
    futurePaymentsCancelledMinor: z.int(),
    cancelledCommitmentMinor: z.int(),
    poolLeftMinor: z.int(),
    currency: z.string(),
  })
  .meta({ id: "RefundCalculation" });

export const exchangeQuoteResource = z
  .object({
    returnedQuantity: z.int(),
    creditMinor: z.int(),
    futurePaymentsCancelledMinor: z.int(),
    remainingCommitmentMinor: z.int(),
    productName: z.string(),
    newCommitmentMinor: z.int(),
    netMinor: z.int(),
    coversReturn: z.boolean(),
    currency: z.string(),
  })
  .meta({ id: "ExchangeCalculation" });
