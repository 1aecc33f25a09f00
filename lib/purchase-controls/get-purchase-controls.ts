import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { partners } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inPartnerReadTransaction } from "@/lib/access/write-transaction";
import { findPartnerCustomer } from "@/lib/customers/find-customer";
import { fail, ok, type Result } from "@/lib/result";
import { allowance, type Allowance, type PurchaseControlValues } from "./purchase-control-rules";
import { committedInMonth, readCustomerControls, readDefaultControls } from "./read-purchase-controls";

export type CustomerPurchaseControls = {
  followsDefaults: boolean;
  /** The customer's own values (null each when it follows the defaults). */
  own: PurchaseControlValues;
  defaults: PurchaseControlValues;
  /** This month (UTC) under the controls that apply. */
  month: Allowance;
  currency: string;
  version: number;
  /** Whether the reader may change them (Admin agents); the server refuses anyone else anyway. */
  canEdit: boolean;
};

export type DefaultPurchaseControls = PurchaseControlValues & { currency: string; version: number; canEdit: boolean };

async function currencyOf(tx: Tx, partnerId: number): Promise<string> {
  const [partner] = await tx.select({ currency: partners.currency }).from(partners).where(eq(partners.id, partnerId));
  return partner.currency;
}

/** A customer's purchase controls as the Account page and the API show them: any of the partner's users may read. */
export function getCustomerPurchaseControls(
  actorRef: ActorRef | null,
  customerTenantId: string,
  now = new Date(),
): Promise<Result<CustomerPurchaseControls>> {
  return inPartnerReadTransaction(actorRef, async (tx, actor): Promise<Result<CustomerPurchaseControls>> => {
    const customer = await findPartnerCustomer(tx, actor.partnerId, customerTenantId);
    if (!customer) return fail("not_found", "errors.customer_not_found");
    const controls = await readCustomerControls(tx, customer);
    return ok({
      followsDefaults: controls.followsDefaults,
      own: controls.own,
      defaults: controls.defaults,
      month: allowance(controls.applied, await committedInMonth(tx, customer.id, now)),
      currency: await currencyOf(tx, actor.partnerId),
      version: controls.version,
      canEdit: can(actor.role, "setPurchaseControls"),
    });
  });
}

/** The partner's defaults, as Settings shows them. */
export function getDefaultPurchaseControls(actorRef: ActorRef | null): Promise<Result<DefaultPurchaseControls>> {
  return inPartnerReadTransaction(actorRef, async (tx, actor): Promise<Result<DefaultPurchaseControls>> => {
    const defaults = await readDefaultControls(tx, actor.partnerId);
    return ok({
      ...defaults,
      currency: await currencyOf(tx, actor.partnerId),
      canEdit: can(actor.role, "setPurchaseControls"),
    });
  });
}
