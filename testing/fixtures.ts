import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { and, eq, gt } from "drizzle-orm";
import { inject } from "vitest";
import { loadPartnerActor, type ActorRef, type PartnerActor, type UserRef } from "@/lib/access/actor";
import { readPurchasePermissionFacts } from "@/lib/customer-permissions/purchase-permission-facts";
import { getDb } from "@/db/client";
import {
  activityEntries,
  customerPurchasePermissions,
  customers,
  customerUsers,
  partnerUsers,
  subscriptions,
  type OfferType,
} from "@/db/schema";

export const demo = {
  contosoAdmin: "admin@contoso-csp.example",
  contosoSales: "sales@contoso-csp.example",
  contosoHelpdesk: "helpdesk@contoso-csp.example",
  fabrikamAdmin: "admin@fabrikam-partners.example",
} as const;

export async function partnerUserId(email: string): Promise<number> {
  const [user] = await getDb()
    .select({ id: partnerUsers.id })
    .from(partnerUsers)
    .where(eq(partnerUsers.email, email))
    .limit(1);
  if (!user) throw new Error(`No seeded partner user ${email}`);
  return user.id;
}

export async function actorRef(email: string): Promise<UserRef> {
  return { kind: "partner_user", id: await partnerUserId(email) };
}

export async function actor(email: string): Promise<PartnerActor> {
  const loaded = await loadPartnerActor(getDb(), await partnerUserId(email));
  if (!loaded) throw new Error(`${email} is not active`);
  return loaded;
}

async function customerNamed(companyName: string) {
  const [customer] = await getDb().select().from(customers).where(eq(customers.companyName, companyName)).limit(1);
  if (!customer) throw new Error(`No seeded customer ${companyName}`);
  return customer;
}

export async function customerTenantId(companyName: string): Promise<string> {
  return (await customerNamed(companyName)).tenantId;
}

/** The activity entries about this customer that the running test wrote (the seed's own history left out). */
export async function newActivityFor(companyName: string) {
  return getDb()
    .select()
    .from(activityEntries)
    .where(and(eq(activityEntries.customerName, companyName), gt(activityEntries.id, inject("seededActivityCeiling"))));
}

export async function grantedResources(companyName: string): Promise<string[]> {
  const rows = await getDb()
    .select({ resource: customerPurchasePermissions.resource })
    .from(customerPurchasePermissions)
    .innerJoin(customers, eq(customers.id, customerPurchasePermissions.customerId))
    .where(eq(customers.companyName, companyName));
  return rows.map((row) => row.resource);
}

export async function subscriptionOf(companyName: string, offerType: OfferType) {
  const [row] = await getDb()
    .select({ subscription: subscriptions })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .where(and(eq(customers.companyName, companyName), eq(subscriptions.offerType, offerType)))
    .limit(1);
  if (!row) throw new Error(`${companyName} has no ${offerType} subscription`);
  return row.subscription;
}

export async function customerUser(userPrincipalName: string) {
  const [user] = await getDb()
    .select()
    .from(customerUsers)
    .where(eq(customerUsers.userPrincipalName, userPrincipalName))
    .limit(1);
  if (!user) throw new Error(`No seeded customer user ${userPrincipalName}`);
  return user;
}

/** The Account page's checklist for a customer, as the partner's admin sees it. */
export async function checklistOf(companyName: string) {
  const customer = await customerNamed(companyName);
  return (await readPurchasePermissionFacts(getDb(), customer.id)).checklist;
}

export async function customerActorRef(userPrincipalName: string): Promise<UserRef> {
  return { kind: "customer_user", id: (await customerUser(userPrincipalName)).id };
}

/**
 * Runs a use case in `count` separate processes at the same moment; returns each process's result. `input` is
 * the same request for every process, or a function that makes each process's own.
 */
export async function runConcurrently(
  useCase:
    | "setCustomerPurchasePermission"
    | "purchaseReservation"
    | "purchaseAzurePlan"
    | "approveReservationRequest"
    | "refundReservation"
    | "purchaseSavingsPlan"
    | "approvePurchase",
  actor: ActorRef,
  input: unknown,
  count: number,
): Promise<
  { ok: boolean; error?: string; reason?: string; data?: { changed?: boolean; orderId?: string; requestId?: string } }[]
> {
  const run = promisify(execFile);
  const tsx = path.resolve("node_modules/.bin/tsx");
  const script = path.resolve("testing/run-use-case-in-process.ts");
  const startAt = String(Date.now() + 3000);
  const inputOf = (i: number) => (typeof input === "function" ? input(i) : input);
  const outputs = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      run(tsx, [script, useCase, actor.kind, String(actor.id), JSON.stringify(inputOf(i)), startAt], {
        env: process.env,
      }),
    ),
  );
  return outputs.map(({ stdout }) => JSON.parse(stdout));
}
