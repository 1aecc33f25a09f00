import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { purchaseControls } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { findPartnerCustomer } from "@/lib/customers/find-customer";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput } from "@/lib/validation";
import { controlValuesInput, customerControlsInput } from "./purchase-controls-input";
import { readCustomerControls, readDefaultControls } from "./read-purchase-controls";

export type ControlsSave = { changed: boolean; version: number };

const setCustomerInput = z.intersection(z.object({ customerId: microsoftId }), customerControlsInput);

/**
 * Saves a customer's purchase controls: its own limit and approval amount, or back to the partner's defaults. Admin
 * agents only; a save carries the version it was read at and a stale one is refused. Writes "Update Customer Purchase
 * Controls" when anything changed.
 */
export async function setCustomerPurchaseControls(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<ControlsSave>> {
  const input = parseInput(setCustomerInput, rawInput);
  if (!input.ok) return input;
  const { customerId, followsDefaults, version } = input.data;
  // Following the defaults keeps no values of its own: they would come back unseen when it stops following.
  const values = followsDefaults
    ? { monthlyLimitMinor: null, approvalAboveMinor: null }
    : { monthlyLimitMinor: input.data.monthlyLimitMinor, approvalAboveMinor: input.data.approvalAboveMinor };

  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<ControlsSave>> => {
    const customer = await findPartnerCustomer(tx, actor.partnerId, customerId);
    if (!customer) return fail("not_found", "errors.customer_not_found");
    if (!can(actor.role, "setPurchaseControls")) return fail("forbidden", "purchaseControls.errors.onlyAdmins");
    const before = await readCustomerControls(tx, customer);
    if (before.version !== version) return fail("edit_conflict", "purchaseControls.errors.changedSince");
    const unchanged =
      before.followsDefaults === followsDefaults &&
      before.own.monthlyLimitMinor === values.monthlyLimitMinor &&
      before.own.approvalAboveMinor === values.approvalAboveMinor;
    if (unchanged) return ok({ changed: false, version });

    const at = new Date();
    const row = { ...values, followsDefaults, version: version + 1, updatedAt: at };
    await writeVersioned(tx, version, eq(purchaseControls.customerId, customer.id), {
      partnerId: customer.partnerId,
      customerId: customer.id,
      ...row,
    });
    await recordActivity(tx, {
      actor,
      customer,
      operationType: "update_customer_purchase_controls",
      resourceType: "purchase_controls",
      oldValue: { followsDefaults: before.followsDefaults, ...before.own },
      newValue: { followsDefaults, ...values },
      at,
    });
    return ok({ changed: true, version: version + 1 });
  });
}

/**
 * Saves the partner's defaults, used for every customer without its own values. Admin agents only, versioned like a
 * customer's; the entry is "Update Customer Purchase Controls" without a customer.
 */
export async function setDefaultPurchaseControls(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<ControlsSave>> {
  const input = parseInput(controlValuesInput, rawInput);
  if (!input.ok) return input;
  const { monthlyLimitMinor, approvalAboveMinor, version } = input.data;

  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<ControlsSave>> => {
    if (!can(actor.role, "setPurchaseControls")) return fail("forbidden", "purchaseControls.errors.onlyAdmins");
    const before = await readDefaultControls(tx, actor.partnerId);
    if (before.version !== version) return fail("edit_conflict", "purchaseControls.errors.changedSince");
    if (before.monthlyLimitMinor === monthlyLimitMinor && before.approvalAboveMinor === approvalAboveMinor) {
      return ok({ changed: false, version });
    }
    const at = new Date();
    await writeVersioned(
      tx,
      version,
      and(eq(purchaseControls.partnerId, actor.partnerId), isNull(purchaseControls.customerId))!,
      {
        partnerId: actor.partnerId,
        customerId: null,
        followsDefaults: false,
        monthlyLimitMinor,
        approvalAboveMinor,
        version: version + 1,
        updatedAt: at,
      },
    );
    await recordActivity(tx, {
      actor,
      customer: null,
      operationType: "update_customer_purchase_controls",
      resourceType: "purchase_controls",
      oldValue: {
        defaults: true,
        monthlyLimitMinor: before.monthlyLimitMinor,
        approvalAboveMinor: before.approvalAboveMinor,
      },
      newValue: { defaults: true, monthlyLimitMinor, approvalAboveMinor },
      at,
    });
    return ok({ changed: true, version: version + 1 });
  });
}

/**
 * Writes the row at the next version: the first save inserts it (two first saves at once meet the unique index), a
 * later one updates it only while it is still at the version that was read.
 */
async function writeVersioned(
  tx: Tx,
  version: number,
  where: ReturnType<typeof eq>,
  row: typeof purchaseControls.$inferInsert,
): Promise<void> {
  if (version === 0) {
    await tx.insert(purchaseControls).values(row);
    return;
  }
  const updated = await tx
    .update(purchaseControls)
    .set(row)
    .where(and(where, eq(purchaseControls.version, version)))
    .returning({ id: purchaseControls.id });
  if (updated.length !== 1) throw new Error("Purchase controls changed while they were being saved");
}
