import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { matchingCustomerIds } from "@/db/customer-search";
import { customers } from "@/db/schema";
import { customerSearchWords } from "@/lib/customers/list-customers";
import { fail, ok, type Result } from "@/lib/result";
import { idsPerRead } from "./customer-states";
import type { PermissionJobSelection } from "./permission-job-input";

/**
 * The row ids of the customers a selection covers, in id order: the rows picked (each must be the partner's: one
 * that is not is "not found", as everywhere), or every customer the customer list's search finds for these words.
 */
export async function selectedCustomerIds(
  db: Pick<Db, "select">,
  partnerId: number,
  selection: PermissionJobSelection,
): Promise<Result<number[]>> {
  if ("search" in selection) {
    const words = customerSearchWords(selection.search);
    // Typed but nothing to look for (only punctuation): the list finds nothing, and so does the job.
    if (selection.search && !words) return ok([]);
    return ok(await matchingCustomerIds({ partnerId, words }));
  }
  const tenantIds = [...new Set(selection.customerIds.map((id) => id.toLowerCase()))];
  const ids: number[] = [];
  for (let i = 0; i < tenantIds.length; i += idsPerRead) {
    const rows = await db
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.partnerId, partnerId), inArray(customers.tenantId, tenantIds.slice(i, i + idsPerRead))));
    ids.push(...rows.map((row) => row.id));
  }
  if (ids.length < tenantIds.length) return fail("not_found", "errors.customer_not_found");
  return ok(ids.sort((a, b) => a - b));
}
