import type { z } from "zod";
import { and, eq } from "drizzle-orm";
import { loadActor, loadPartnerActor, type ActorRef, type PartnerActor } from "@/lib/access/actor";
import { recordActivity } from "@/lib/activity/record-activity";
import { writeSubmission } from "@/lib/purchase-approvals/submit-purchase";
import { requestDetails } from "@/lib/reservation-requests/request-details";
import { writeRefund } from "@/lib/reservations/refund-reservation";
import { demoAuthenticatorKey, demoPassword } from "@/lib/auth/demo-password";
import { hashPassword } from "@/lib/auth/password";
import { selfServePolicy } from "@/lib/customer-permissions/self-serve-policy";
import { findProduct } from "@/lib/reservations/catalog";
import type { ReservationChoice } from "@/lib/reservations/reservation-choice";
import { checkPurchase } from "@/lib/purchases/check-purchase";
import { writeOrder } from "@/lib/purchases/write-order";
import { savingsPlanChoiceInput } from "@/lib/savings-plans/savings-plan-choice";
import { getDb, type Db, type Tx } from "./client";
import { writeTransaction } from "./transaction";
import type { Locale } from "@/i18n/locales";
import { describeFailure, inEnglish } from "@/lib/i18n/describe";
import { offers } from "./offers";
import {
  activityEntries,
  customerPurchasePermissions,
  customers,
  customerUsers,
  orderLines,
  orders,
  partners,
  partnerUsers,
  authenticatorApps,
  purchaseControls,
  reservationPriceLists,
  reservationPriceOverrides,
  reservationRequests,
  reservations,
  roleAssignments,
  subscriptions,
  type AzureRole,
  type OfferType,
  type PartnerRole,
  type ReservationRequestKind,
  type SubscriptionStatus,
} from "./schema";
import { stableGuid } from "./stable-guid";

type SubscriptionSeed = { offer: OfferType; status: SubscriptionStatus; quantity?: number };
type UserSeed = { name: string; alias: string; role?: AzureRole };
type PermissionHistory = "never" | "on" | "on-then-off";

type CustomerSeed = {
  companyName: string;
  domainPrefix: string;
  city: string;
  state: string | null;
  postalCode: string;
  country: string;
  contact: [first: string, last: string];
  subscriptions: SubscriptionSeed[];
  users: UserSeed[];
  /** The Azure reservations permission. */
  permission: PermissionHistory;
  /** The Azure savings plans permission, on since the seed's start when true. */
  savingsPlanPermission?: true;
};

const azurePlan: SubscriptionSeed = { offer: "azure_plan", status: "active" };
const m365: SubscriptionSeed = { offer: "license_based", status: "active", quantity: 25 };

const contosoCustomers: CustomerSeed[] = [
  {
    companyName: "Wingtip Toys",
    domainPrefix: "wingtiptoys",
    city: "Redmond",
    state: "WA",
    postalCode: "98052",
    country: "US",
    contact: ["Alex", "Wilber"],
    subscriptions: [azurePlan, m365],
    users: [
      { name: "Alex Wilber", alias: "alex", role: "Owner" },
      { name: "Megan Bowen", alias: "megan", role: "Reader" },
    ],
    permission: "never",
  },
  {
    companyName: "Tailspin Toys",
    domainPrefix: "tailspintoys",
    city: "Seattle",
    state: "WA",
    postalCode: "98101",
    country: "US",
    contact: ["Isaiah", "Langer"],
    subscriptions: [{ offer: "azure_global", status: "active" }],
    users: [
      { name: "Isaiah Langer", alias: "isaiah", role: "Owner" },
      { name: "Lidia Holloway", alias: "lidia" },
    ],
    permission: "never",
  },
  {
    companyName: "Adventure Works Cycles",
    domainPrefix: "adventureworkscycles",
    city: "Bothell",
    state: "WA",
    postalCode: "98011",
    country: "US",
    contact: ["Johanna", "Lorenz"],
    subscriptions: [azurePlan],
    users: [
      { name: "Johanna Lorenz", alias: "johanna", role: "Contributor" },
      { name: "Pradeep Gupta", alias: "pradeep", role: "Reader" },
    ],
    permission: "never",
  },
  {
    companyName: "Northwind Traders",
    domainPrefix: "northwindtraders",
    city: "London",
    state: null,
    postalCode: "EC1A 1BB",
    country: "GB",
    contact: ["Nancy", "Davolio"],
    subscriptions: [m365],
    users: [{ name: "Nancy Davolio", alias: "nancy" }],
    permission: "never",
  },
  {
    companyName: "Litware, Inc.",
    domainPrefix: "litwareinc",
    city: "Toronto",
    state: "ON",
    postalCode: "M5H 2N2",
    country: "CA",
    contact: ["Grady", "Archie"],
    subscriptions: [{ offer: "azure_plan", status: "suspended" }],
    users: [{ name: "Grady Archie", alias: "grady", role: "Owner" }],
    permission: "never",
  },
  {
    companyName: "Fourth Coffee",
    domainPrefix: "fourthcoffee",
    city: "Portland",
    state: "OR",
    postalCode: "97201",
    country: "US",
    contact: ["Lynne", "Robbins"],
    subscriptions: [azurePlan],
    users: [{ name: "Lynne Robbins", alias: "lynne", role: "Owner" }],
    permission: "on",
  },
  {
    companyName: "Coho Vineyard",
    domainPrefix: "cohovineyard",
    city: "Walla Walla",
    state: "WA",
    postalCode: "99362",
    country: "US",
    contact: ["Diego", "Siciliani"],
    subscriptions: [azurePlan],
    users: [
      { name: "Diego Siciliani", alias: "diego", role: "Owner" },
      { name: "Pradeep Gupta", alias: "pradeep", role: "Savings plan purchaser" },
    ],
    // Savings plans only: its users may buy savings plans, not reservations.
    permission: "never",
    savingsPlanPermission: true,
  },
];

// Microsoft's fictitious companies, so lists and filters have realistic rows to show.
const generatedNames = [
  "A. Datum Corporation",
  "Alpine Ski House",
  "Baldwin Museum of Science",
  "Bellows College",
  "Best For You Organics",
  "Blue Yonder Airlines",
  "City Power & Light",
  "Coho Winery",
  "Consolidated Messenger",
  "Contoso Pharmaceuticals",
  "Fabrikam Residences",
  "Fincher Architects",
  "First Up Consultants",
  "Graphic Design Institute",
  "Humongous Insurance",
  "Lamna Healthcare",
  "Lucerne Publishing",
  "Margie's Travel",
  "Munson's Pickles and Preserves Farm",
  "Nod Publishers",
  "Northwind Health",
  "Relecloud",
  "School of Fine Art",
  "Southridge Video",
  "The Phone Company",
  "Trey Research",
  "VanArsdel, Ltd.",
  "Wide World Importers",
  "Woodgrove Bank",
  "World Wide Importers Ltd",
];
const cities: [string, string | null, string, string][] = [
  ["Chicago", "IL", "60601", "US"],
  ["Austin", "TX", "73301", "US"],
  ["Paris", null, "75001", "FR"],
  ["Munich", null, "80331", "DE"],
  ["Sydney", "NSW", "2000", "AU"],
  ["Dublin", null, "D02 X285", "IE"],
];

function generatedCustomer(companyName: string, index: number): CustomerSeed {
  const domainPrefix = companyName.toLowerCase().replace(/[^a-z0-9]/g, "");
  const [city, state, postalCode, country] = cities[index % cities.length];
  const kind = index % 5;
  const owner: UserSeed = { name: "Pat Admin", alias: "pat", role: "Owner" };
  const reader: UserSeed = { name: "Sam Reader", alias: "sam", role: "Reader" };
  const shapes: Pick<CustomerSeed, "subscriptions" | "users" | "permission">[] = [
    { subscriptions: [azurePlan, m365], users: [owner, reader], permission: "on" },
    { subscriptions: [azurePlan], users: [reader], permission: "never" },
    { subscriptions: [{ offer: "azure_global", status: "active" }], users: [owner], permission: "never" },
    { subscriptions: [m365], users: [reader], permission: "never" },
    { subscriptions: [azurePlan], users: [owner], permission: "on-then-off" },
  ];
  return { companyName, domainPrefix, city, state, postalCode, country, contact: ["Pat", "Admin"], ...shapes[kind] };
}

type PastPurchase = {
  companyName: string;
  /** A customer user's UPN for a self-service purchase; the partner's admin otherwise. */
  buyer?: string;
  daysAgo: number;
  choice: Omit<ReservationChoice, "billingSubscriptionId">;
  /** Renewed when it expires: a 1-year one bought over a year ago shows its renewal on the first start. */
  autoRenew?: boolean;
  /** Part of it refunded since, which uses part of the customer's refund pool. */
  refund?: { quantity: number; daysAgo: number };
  /** Open requests its customer's users made of the partner about it. */
  requests?: { by: string; kind: ReservationRequestKind; details: unknown; message?: string; daysAgo: number }[];
};

type PastSavingsPlan = {
  companyName: string;
  /** A customer user's UPN for a self-service purchase; the partner's admin otherwise. */
  buyer?: string;
  daysAgo: number;
  choice: Omit<z.input<typeof savingsPlanChoiceInput>, "billingSubscriptionId">;
};

type PartnerSeed = {
  name: string;
  /** Reservations: default markup (+) or discount (−) in basis points, and per-product overrides; savings plans. */
  prices: {
    defaultAdjustmentBasisPoints: number;
    overrides: Record<string, number>;
    savingsPlanAdjustmentBasisPoints: number;
  };
  purchases: PastPurchase[];
  savingsPlans: PastSavingsPlan[];
  /** Customers with purchase controls of their own (cents), set after the past purchases. */
  purchaseControls?: { companyName: string; monthlyLimitMinor: number | null; approvalAboveMinor: number | null }[];
  /** Customer users' purchases above their approval amount, waiting for the partner. */
  pendingPurchases?: { companyName: string; buyer: string; choice: Omit<ReservationChoice, "billingSubscriptionId"> }[];
  users: PartnerUserSeed[];
  customers: CustomerSeed[];
};

export const demoPartners: PartnerSeed[] = [
  {
    name: "Contoso CSP",
    prices: {
      defaultAdjustmentBasisPoints: 500,
      overrides: { "DZH318Z0BQCD:0001": -200 },
      savingsPlanAdjustmentBasisPoints: 300,
    },
    savingsPlans: [
      {
        companyName: "Coho Vineyard",
        buyer: "diego@cohovineyard.onmicrosoft.com",
        daysAgo: 40,
        choice: { hourlyCommitment: "2.500", term: "P3Y", billingPlan: "monthly", scope: "shared" },
      },
      {
        companyName: "Fourth Coffee",
        daysAgo: 15,
        choice: { hourlyCommitment: "0.750", term: "P1Y", billingPlan: "upfront", scope: "single" },
      },
      // Ends within 30 days, auto-renew off: on the Expiring soon page.
      {
        companyName: "Blue Yonder Airlines",
        daysAgo: 350,
        choice: { hourlyCommitment: "1.200", term: "P1Y", billingPlan: "monthly", scope: "shared" },
      },
    ],
    purchases: [
      {
        companyName: "Wingtip Toys",
        daysAgo: 40,
        choice: {
          catalogItemId: "DZH318Z0BQ4P:0002",
          region: "eastus",
          term: "P3Y",
          billingPlan: "upfront",
          quantity: 1,
          scope: "single",
        },
      },
      {
        companyName: "Fourth Coffee",
        daysAgo: 60,
        choice: {
          catalogItemId: "DZH318Z0BQPS:0001",
          region: "westus2",
          term: "P1Y",
          billingPlan: "upfront",
          quantity: 4,
          scope: "resource_group",
          resourceGroup: "rg-coffee-data",
        },
      },
      {
        companyName: "Wingtip Toys",
        daysAgo: 200,
        choice: {
          catalogItemId: "DZH318Z0BQ6F:0001",
          region: "westeurope",
          term: "P1Y",
          billingPlan: "upfront",
          quantity: 3,
          scope: "shared",
        },
        refund: { quantity: 1, daysAgo: 100 },
        requests: [
          {
            by: "megan@wingtiptoys.onmicrosoft.com",
            kind: "exchange",
            details: {
              quantity: 2,
              target: {
                catalogItemId: "DZH318Z0BQ4P:0002",
                region: "westeurope",
                term: "P3Y",
                billingPlan: "monthly",
                quantity: 1,
              },
            },
            message: "Our web farm moved to bigger machines.",
            daysAgo: 2,
          },
        ],
      },
      {
        companyName: "Tailspin Toys",
        daysAgo: 366,
        autoRenew: true,
        choice: {
          catalogItemId: "DZH318Z0BQ5K:0001",
          region: "eastus",
          term: "P1Y",
          billingPlan: "upfront",
          quantity: 2,
          scope: "shared",
        },
      },
      {
        companyName: "Fourth Coffee",
        buyer: "lynne@fourthcoffee.onmicrosoft.com",
        daysAgo: 10,
        choice: {
          catalogItemId: "DZH318Z0BQ4P:0001",
          region: "westus2",
          term: "P1Y",
          billingPlan: "monthly",
          quantity: 2,
          scope: "shared",
        },
        requests: [
          {
            by: "lynne@fourthcoffee.onmicrosoft.com",
            kind: "renew",
            details: { autoRenew: true },
            message: "Please keep this one going next year.",
            daysAgo: 1,
          },
        ],
      },
      // Bought by the partner about a year ago: they end within 30, 60 and 90 days (the Expiring soon page).
      {
        companyName: "Alpine Ski House",
        daysAgo: 345,
        choice: {
          catalogItemId: "DZH318Z0BQ4P:0001",
          region: "eastus",
          term: "P1Y",
          billingPlan: "upfront",
          quantity: 3,
          scope: "shared",
        },
      },
      {
        companyName: "Lamna Healthcare",
        daysAgo: 340,
        choice: {
          catalogItemId: "DZH318Z0BQPS:0001",
          region: "westeurope",
          term: "P1Y",
          billingPlan: "monthly",
          quantity: 4,
          scope: "shared",
        },
      },
      {
        companyName: "Trey Research",
        daysAgo: 315,
        autoRenew: true,
        choice: {
          catalogItemId: "DZH318Z0BQ5K:0001",
          region: "westus2",
          term: "P1Y",
          billingPlan: "upfront",
          quantity: 2,
          scope: "shared",
        },
      },
      {
        companyName: "Fabrikam Residences",
        daysAgo: 285,
        choice: {
          catalogItemId: "DZH318Z0BQ6F:0001",
          region: "eastus",
          term: "P1Y",
          billingPlan: "upfront",
          quantity: 1,
          scope: "shared",
        },
      },
      {
        // Bought this month, so Fourth Coffee's monthly purchase limit shows partly used.
        companyName: "Fourth Coffee",
        buyer: "lynne@fourthcoffee.onmicrosoft.com",
        daysAgo: 0,
        choice: {
          catalogItemId: "DZH318Z0BQ4P:0001",
          region: "westus2",
          term: "P1Y",
          billingPlan: "upfront",
          quantity: 2,
          scope: "shared",
        },
      },
    ],
    purchaseControls: [{ companyName: "Fourth Coffee", monthlyLimitMinor: 2_000_000, approvalAboveMinor: 250_000 }],
    pendingPurchases: [
      {
        // 10 × D2s v5 for a year: 5,502.00 USD, above Fourth Coffee's 2,500.00 USD approval amount.
        companyName: "Fourth Coffee",
        buyer: "lynne@fourthcoffee.onmicrosoft.com",
        choice: {
          catalogItemId: "DZH318Z0BQ4P:0001",
          region: "westus2",
          term: "P1Y",
          billingPlan: "upfront",
          quantity: 10,
          scope: "shared",
        },
      },
    ],
    users: [
      { email: "admin@contoso-csp.example", displayName: "Adele Vance", role: "admin_agent" },
      { email: "sales@contoso-csp.example", displayName: "Lee Gu", role: "sales_agent" },
      { email: "helpdesk@contoso-csp.example", displayName: "Nestor Wilke", role: "helpdesk_agent" },
      // An Admin agent who chose French in the user menu: the product speaks French to her on any browser.
      { email: "elise@contoso-csp.example", displayName: "Élise Fournier", role: "admin_agent", language: "fr-FR" },
      { email: "grady@contoso-csp.example", displayName: "Grady Archie", role: "helpdesk_agent" },
      // Agents who joined and have not set up MFA yet: their first sign-in makes them set it up.
      { email: "debra@contoso-csp.example", displayName: "Debra Berger", role: "sales_agent", mfa: false },
      { email: "christie@contoso-csp.example", displayName: "Christie Cline", role: "helpdesk_agent", mfa: false },
    ],
    customers: [...contosoCustomers, ...generatedNames.map(generatedCustomer)],
  },
  {
    name: "Fabrikam Partners",
    prices: { defaultAdjustmentBasisPoints: 0, overrides: {}, savingsPlanAdjustmentBasisPoints: 0 },
    purchases: [],
    savingsPlans: [],
    users: [{ email: "admin@fabrikam-partners.example", displayName: "Patti Fernandez", role: "admin_agent" }],
    customers: [
      {
        companyName: "Proseware, Inc.",
        domainPrefix: "prosewareinc",
        city: "Denver",
        state: "CO",
        postalCode: "80202",
        country: "US",
        contact: ["Miriam", "Graham"],
        subscriptions: [azurePlan],
        users: [{ name: "Miriam Graham", alias: "miriam", role: "Owner" }],
        permission: "never",
      },
    ],
  },
];

const dayMs = 24 * 60 * 60 * 1000;

export async function hasDemoData(db: Pick<Db, "select">): Promise<boolean> {
  const [partner] = await db
    .select({ id: partners.id })
    .from(partners)
    .where(eq(partners.name, "Contoso CSP"))
    .limit(1);
  return partner !== undefined;
}

type PartnerUserSeed = {
  email: string;
  displayName: string;
  role: PartnerRole;
  language?: Locale;
  /** False for a user who has not set up MFA yet; the others have the demo authenticator key. */
  mfa?: false;
};

/** Seeds the demo partners, users and customers into the process's database. Does nothing when they are already there. */
export async function seedDemo(now: Date = new Date()): Promise<boolean> {
  if (await hasDemoData(getDb())) return false;
  const passwordHash = hashPassword(demoPassword());
  // Looked at again inside the write: servers starting together on one empty database seed it once.
  return writeTransaction(async (tx) => {
    if (await hasDemoData(tx)) return false;
    for (const partnerSeed of demoPartners) {
      const partnerTenantId = stableGuid(`partner:${partnerSeed.name}`);
      const [partner] = await tx
        .insert(partners)
        .values({ tenantId: partnerTenantId, name: partnerSeed.name })
        .returning();
      const agents = [];
      for (const { mfa, ...u } of partnerSeed.users) {
        const [agent] = await tx
          .insert(partnerUsers)
          .values({ ...u, partnerId: partner.id, passwordHash })
          .returning();
        agents.push(agent);
        // Enrolled with the demo key, so that anyone with the README can sign in (real users enroll themselves).
        if (mfa !== false) {
          await tx.insert(authenticatorApps).values({
            userKind: "partner_user",
            userId: agent.id,
            secret: demoAuthenticatorKey(),
            createdAt: now,
            confirmedAt: now,
          });
        }
      }
      const admin = agents.find((a) => a.role === "admin_agent")!;
      await tx.insert(reservationPriceLists).values({
        partnerId: partner.id,
        defaultAdjustmentBasisPoints: partnerSeed.prices.defaultAdjustmentBasisPoints,
        savingsPlanAdjustmentBasisPoints: partnerSeed.prices.savingsPlanAdjustmentBasisPoints,
      });
      for (const [catalogItemId, adjustmentBasisPoints] of Object.entries(partnerSeed.prices.overrides)) {
        await tx
          .insert(reservationPriceOverrides)
          .values({ partnerId: partner.id, catalogItemId, adjustmentBasisPoints });
      }

      for (const [index, seed] of partnerSeed.customers.entries()) {
        const domain = `${seed.domainPrefix}.onmicrosoft.com`;
        const [customer] = await tx
          .insert(customers)
          .values({
            partnerId: partner.id,
            tenantId: stableGuid(`customer:${seed.companyName}`),
            companyName: seed.companyName,
            primaryDomain: domain,
            addressLine1: `${100 + index} Main Street`,
            city: seed.city,
            state: seed.state,
            postalCode: seed.postalCode,
            country: seed.country,
            contactFirstName: seed.contact[0],
            contactLastName: seed.contact[1],
            contactEmail: `${seed.contact[0].toLowerCase()}@${domain}`,
            contactPhone: `+1 425 555 0${String(100 + index).padStart(3, "0")}`,
            createdAt: new Date(now.getTime() - (400 - index) * dayMs),
          })
          .returning();

        const subscriptionRows = [];
        for (const [n, s] of seed.subscriptions.entries()) {
          const [subscription] = await tx
            .insert(subscriptions)
            .values({
              subscriptionId: stableGuid(`subscription:${seed.companyName}:${n}`),
              customerId: customer.id,
              offerType: s.offer,
              offerId: offers[s.offer].offerId,
              offerName: offers[s.offer].offerName,
              friendlyName: offers[s.offer].offerName,
              usageBased: offers[s.offer].usageBased,
              quantity: s.quantity ?? null,
              status: s.status,
              createdAt: new Date(now.getTime() - (300 - index) * dayMs),
            })
            .returning();
          subscriptionRows.push(subscription);
        }
        for (const [n, subscription] of subscriptionRows.entries()) {
          const offer = offers[subscription.offerType];
          const unitPriceMinor = "unitPriceMinor" in offer ? offer.unitPriceMinor : null;
          const [order] = await tx
            .insert(orders)
            .values({
              orderId: stableGuid(`order:${seed.companyName}:${n}`),
              customerId: customer.id,
              channel: "partner",
              placedByPartnerUserId: admin.id,
              placedByEmail: admin.email,
              currency: partner.currency,
              totalMinor: (unitPriceMinor ?? 0) * (subscription.quantity ?? 1),
              createdAt: subscription.createdAt,
            })
            .returning();
          await tx.insert(orderLines).values({
            orderId: order.id,
            offerId: offer.offerId,
            offerName: offer.offerName,
            quantity: subscription.quantity ?? 1,
            unitPriceMinor,
            subscriptionId: subscription.id,
          });
        }
        const azureSubscription = subscriptionRows.find((s) => s.usageBased);
        for (const u of seed.users) {
          const [user] = await tx
            .insert(customerUsers)
            .values({
              objectId: stableGuid(`customer-user:${u.alias}@${domain}`),
              customerId: customer.id,
              displayName: u.name,
              userPrincipalName: `${u.alias}@${domain}`,
              passwordHash,
            })
            .returning();
          if (u.role && azureSubscription) {
            await tx
              .insert(roleAssignments)
              .values({ subscriptionId: azureSubscription.id, customerUserId: user.id, role: u.role });
          }
        }

        if (seed.savingsPlanPermission) {
          const grantedAt = new Date(now.getTime() - 60 * dayMs);
          await tx.insert(customerPurchasePermissions).values({
            customerId: customer.id,
            resource: "AzureSavingsPlan",
            grantedByPartnerUserId: admin.id,
            grantedAt,
          });
          await tx.insert(activityEntries).values({
            partnerId: partner.id,
            customerId: customer.id,
            customerName: customer.companyName,
            actorPartnerUserId: admin.id,
            actorEmail: admin.email,
            resourceType: "self_serve_policy",
            operationType: "create_self_serve_policy",
            newValue: JSON.stringify(selfServePolicy(partnerTenantId, customer.tenantId, ["AzureSavingsPlan"])),
            createdAt: grantedAt,
          });
        }
        if (seed.permission === "never") continue;
        const policy = selfServePolicy(partnerTenantId, customer.tenantId, ["AzureReservedInstances"]);
        const grantedAt = new Date(now.getTime() - (12 + (index % 10)) * dayMs);
        const entry = {
          partnerId: partner.id,
          customerId: customer.id,
          customerName: customer.companyName,
          actorPartnerUserId: admin.id,
          actorEmail: admin.email,
          resourceType: "self_serve_policy",
        };
        await tx.insert(activityEntries).values({
          ...entry,
          operationType: "create_self_serve_policy",
          newValue: JSON.stringify(policy),
          createdAt: grantedAt,
        });
        if (seed.permission === "on") {
          await tx.insert(customerPurchasePermissions).values({
            customerId: customer.id,
            resource: "AzureReservedInstances",
            grantedByPartnerUserId: admin.id,
            grantedAt,
          });
        } else {
          await tx.insert(activityEntries).values({
            ...entry,
            operationType: "delete_self_serve_policy",
            oldValue: JSON.stringify(policy),
            createdAt: new Date(grantedAt.getTime() + 3 * dayMs),
          });
        }
      }

      for (const purchase of partnerSeed.purchases) {
        await seedPurchase(tx, { kind: "partner_user", id: admin.id }, purchase, now);
      }
      for (const plan of partnerSeed.savingsPlans) {
        await seedSavingsPlan(tx, { kind: "partner_user", id: admin.id }, plan, now);
      }
      for (const controls of partnerSeed.purchaseControls ?? []) {
        await seedPurchaseControls(tx, (await loadPartnerActor(tx, admin.id))!, controls, now);
      }
      for (const pending of partnerSeed.pendingPurchases ?? []) {
        await seedPendingPurchase(tx, { kind: "partner_user", id: admin.id }, pending, now);
      }
    }
    return true;
  });
}

/** Who made a past purchase, for which customer, billed to which subscription: as a live purchase would name them. */
async function pastBuyer(tx: Tx, admin: ActorRef, past: { companyName: string; buyer?: string }) {
  const [customer] = await tx.select().from(customers).where(eq(customers.companyName, past.companyName)).limit(1);
  const buyer = past.buyer ? await customerUserNamed(tx, past.buyer) : null;
  const actor = (await loadActor(tx, buyer ? { kind: "customer_user", id: buyer.id } : admin))!;
  const [billing] = await tx
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.customerId, customer.id), eq(subscriptions.usageBased, true)))
    .limit(1);
  return { customer, actor, billingSubscriptionId: billing.subscriptionId };
}

async function customerUserNamed(tx: Tx, userPrincipalName: string) {
  const [user] = await tx
    .select()
    .from(customerUsers)
    .where(eq(customerUsers.userPrincipalName, userPrincipalName))
    .limit(1);
  return user;
}

/** A past savings plan, bought through the same checks and writes as a real one. */
async function seedSavingsPlan(tx: Tx, admin: ActorRef, plan: PastSavingsPlan, now: Date): Promise<void> {
  const { customer, actor, billingSubscriptionId } = await pastBuyer(tx, admin, plan);
  const choice = savingsPlanChoiceInput.parse({ ...plan.choice, billingSubscriptionId });
  const at = new Date(now.getTime() - plan.daysAgo * dayMs);
  const checked = await checkPurchase(tx, actor, customer.tenantId, { kind: "savings_plan", choice }, { at });
  if (!checked.ok)
    throw new Error(
      `Seed savings plan for ${plan.companyName} refused: ${describeFailure(checked, inEnglish).message}`,
    );
  await writeOrder(tx, actor, checked.data, at);
}

/** A customer's own purchase controls, as an Admin agent's save writes them (version 1, with its entry). */
async function seedPurchaseControls(
  tx: Tx,
  admin: PartnerActor,
  controls: NonNullable<PartnerSeed["purchaseControls"]>[number],
  now: Date,
): Promise<void> {
  const [customer] = await tx.select().from(customers).where(eq(customers.companyName, controls.companyName)).limit(1);
  const { monthlyLimitMinor, approvalAboveMinor } = controls;
  const at = new Date(now.getTime() - 2 * 60 * 60 * 1000);
  await tx.insert(purchaseControls).values({
    partnerId: customer.partnerId,
    customerId: customer.id,
    followsDefaults: false,
    monthlyLimitMinor,
    approvalAboveMinor,
    version: 1,
    updatedAt: at,
  });
  await recordActivity(tx, {
    actor: admin,
    customer,
    operationType: "update_customer_purchase_controls",
    resourceType: "purchase_controls",
    oldValue: { followsDefaults: true, monthlyLimitMinor: null, approvalAboveMinor: null },
    newValue: { followsDefaults: false, monthlyLimitMinor, approvalAboveMinor },
    at,
  });
}

/** A customer user's purchase above their approval amount, submitted through the same checks and writes as Submit. */
async function seedPendingPurchase(
  tx: Tx,
  admin: ActorRef,
  pending: NonNullable<PartnerSeed["pendingPurchases"]>[number],
  now: Date,
): Promise<void> {
  const { actor, billingSubscriptionId } = await pastBuyer(tx, admin, pending);
  const choice = { ...pending.choice, billingSubscriptionId };
  const item = { kind: "reservation" as const, choice, product: findProduct(choice.catalogItemId)! };
  const checked = await checkPurchase(tx, actor, undefined, item, { at: now });
  if (!checked.ok || checked.data.controls?.verdict.kind !== "needs_approval" || actor.kind !== "customer_user") {
    throw new Error(`Seed pending purchase for ${pending.companyName} would not wait for approval`);
  }
  await writeSubmission(tx, actor, checked.data, {
    kind: "reservation",
    choice,
    idempotencyKey: stableGuid(`pending-purchase:${pending.companyName}`),
    at: now,
  });
}

/** A past purchase, made through the same checks and writes as a real one, so the seed obeys the rules. */
async function seedPurchase(tx: Tx, admin: ActorRef, purchase: PastPurchase, now: Date): Promise<void> {
  const { customer, actor, billingSubscriptionId } = await pastBuyer(tx, admin, purchase);
  const choice = { ...purchase.choice, billingSubscriptionId };
  const at = new Date(now.getTime() - purchase.daysAgo * dayMs);
  const item = { kind: "reservation" as const, choice, product: findProduct(choice.catalogItemId)! };
  const checked = await checkPurchase(tx, actor, customer.tenantId, item, { at });
  if (!checked.ok)
    throw new Error(
      `Seed purchase for ${purchase.companyName} refused: ${describeFailure(checked, inEnglish).message}`,
    );
  const { written } = await writeOrder(tx, actor, checked.data, at);
  const result = written.created as { reservationId: string };
  if (purchase.autoRenew) {
    await tx.update(reservations).set({ autoRenew: true }).where(eq(reservations.reservationId, result.reservationId));
  }
  if (purchase.refund) {
    const partnerAdmin = (await loadPartnerActor(tx, admin.id))!;
    const request = { reservationId: result.reservationId, quantity: purchase.refund.quantity };
    const refunded = await writeRefund(
      tx,
      partnerAdmin,
      request,
      new Date(now.getTime() - purchase.refund.daysAgo * dayMs),
    );
    if (!refunded.ok)
      throw new Error(
        `Seed refund for ${purchase.companyName} refused: ${describeFailure(refunded, inEnglish).message}`,
      );
  }
  const [reservation] = await tx
    .select()
    .from(reservations)
    .where(eq(reservations.reservationId, result.reservationId))
    .limit(1);
  for (const asked of purchase.requests ?? []) {
    const user = await customerUserNamed(tx, asked.by);
    await tx.insert(reservationRequests).values({
      requestId: crypto.randomUUID(),
      reservationId: reservation.id,
      customerId: customer.id,
      requestedByCustomerUserId: user.id,
      kind: asked.kind,
      details: JSON.stringify(requestDetails[asked.kind].parse(asked.details)),
      message: asked.message ?? null,
      createdAt: new Date(now.getTime() - asked.daysAgo * dayMs),
    });
  }
}
