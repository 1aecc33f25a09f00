import { and, eq, gte, isNull, lt, sum } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, purchaseControls } from "@/db/schema";
import { allowance, monthOf, type Allowance, type PurchaseControlValues } from "./purchase-control-rules";

type Reader = Pick<Db, "select">;

const none: PurchaseControlValues = { monthlyLimitMinor: null, approvalAboveMinor: null };

function valuesOf(row: typeof purchaseControls.$inferSelect | undefined): PurchaseControlValues {
  return row ? { monthlyLimitMinor: row.monthlyLimitMinor, approvalAboveMinor: row.approvalAboveMinor } : none;
}

/** The partner's defaults, with the version a save of them carries. */
export async function readDefaultControls(db: Reader, partnerId: number) {
  const [row] = await db
    .select()
    .from(purchaseControls)
    .where(and(eq(purchaseControls.partnerId, partnerId), isNull(purchaseControls.customerId)))
    .limit(1);
  return { ...valuesOf(row), version: row?.version ?? 0 };
}

/** A customer's controls: its own values or the partner's defaults, which apply, and the version of its own. */
export async function readCustomerControls(db: Reader, customer: { id: number; partnerId: number }) {
  const [own] = await db.select().from(purchaseControls).where(eq(purchaseControls.customerId, customer.id)).limit(1);
  const defaults = await readDefaultControls(db, customer.partnerId);
  const followsDefaults = own?.followsDefaults ?? true;
  return {
    followsDefaults,
    own: valuesOf(own),
    defaults: { monthlyLimitMinor: defaults.monthlyLimitMinor, approvalAboveMinor: defaults.approvalAboveMinor },
    applied: followsDefaults
      ? { monthlyLimitMinor: defaults.monthlyLimitMinor, approvalAboveMinor: defaults.approvalAboveMinor }
      : valuesOf(own),
    version: own?.version ?? 0,
  };
}

/**
 * What the customer's own purchases committed in the month of `at`: the orders its users placed, and the purchases
 * the partner approved for them (placed as theirs), at their totals. The partner's own orders, renewals and refunds
 * are not the customer's purchases. Derived from the orders each time, never kept as a running total.
 */
export async function committedInMonth(db: Reader, customerId: number, at: Date): Promise<number> {
  const { start, end } = monthOf(at);
  const [row] = await db
    .select({ total: sum(orders.totalMinor) })
    .from(orders)
    .where(
      and(
        eq(orders.customerId, customerId),
        eq(orders.channel, "customer_self_service"),
        gte(orders.createdAt, start),
        lt(orders.createdAt, end),
      ),
    );
  return Number(row?.total ?? 0);
}

/** What the customer may still commit in the month of `at`, under the controls that apply to it. */
export async function readAllowance(
  db: Reader,
  customer: { id: number; partnerId: number },
  at: Date,
): Promise<Allowance> {
  const { applied } = await readCustomerControls(db, customer);
  return allowance(applied, await committedInMonth(db, customer.id, at));
}
