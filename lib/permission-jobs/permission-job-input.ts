import { z } from "zod";
import { purchasePermissionResources } from "@/db/schema";
import { customerSearchMaxLength } from "@/lib/customers/list-customers";
import { idempotencyKey } from "@/lib/orders/idempotency";
import { fail, type Failure } from "@/lib/result";
import { microsoftId, reason } from "@/lib/validation";

/** The most customers a request may name one by one; more are chosen by a search ("all N customers matching"). */
export const maxPickedCustomers = 1000;

/** The customers a job covers: the rows an agent picked, or every customer matching a search ("" for all). */
export const permissionJobSelection = z.union(
  [
    z.strictObject({
      customerIds: z.array(microsoftId).min(1, reason("permissionJobs.errors.selectionInvalid")),
    }),
    z.strictObject({
      search: z.string().trim().max(customerSearchMaxLength, reason("developers.errors.searchTooLong")),
    }),
  ],
  { message: reason("permissionJobs.errors.selectionInvalid") },
);

export type PermissionJobSelection = z.output<typeof permissionJobSelection>;

/** What a bulk change asks: one permission, on or off, for the customers selected. */
export const permissionJobRequest = z.object({
  resource: z.enum(purchasePermissionResources, { message: reason("permissions.errors.resourceInvalid") }),
  enabled: z.boolean({ message: reason("permissions.errors.enabledBoolean") }),
  selection: permissionJobSelection,
});

export const startPermissionJobInput = permissionJobRequest.extend({ idempotencyKey });

export const permissionJobIdInput = z.object({ jobId: z.guid({ message: reason("permissionJobs.errors.notFound") }) });

/** Too many rows picked one by one: refused with the limit, before anything is read. */
export function tooManyPicked(selection: PermissionJobSelection): Failure | null {
  return "customerIds" in selection && new Set(selection.customerIds).size > maxPickedCustomers
    ? fail("invalid_input", "permissionJobs.errors.tooManyPicked", { max: maxPickedCustomers })
    : null;
}
