import type { ActorRef } from "@/lib/access/actor";
import { inPartnerReadTransaction } from "@/lib/access/write-transaction";
import { ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { readCustomersToChange } from "./customer-states";
import { permissionJobRequest, tooManyPicked } from "./permission-job-input";
import { permissionJobStep, type CannotReason } from "./permission-job-rules";
import { selectedCustomerIds } from "./select-customers";

/** How many customers a preview names for each reason they cannot be changed; the counts cover them all. */
export const namedPerReason = 50;

export type PermissionJobPreview = {
  total: number;
  willChange: number;
  unchanged: number;
  cannot: { reason: CannotReason; count: number; customers: { tenantId: string; companyName: string }[] }[];
};

/**
 * What a bulk change would do, before it is started: how many customers it would change, how many already have the
 * state asked for, and which cannot have it and why. It only reads, so every partner user may look; the job itself
 * decides again for each customer when its turn comes.
 */
export async function previewPermissionJob(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<PermissionJobPreview>> {
  const input = parseInput(permissionJobRequest, rawInput);
  if (!input.ok) return input;
  const { resource, enabled, selection } = input.data;
  const refused = tooManyPicked(selection);
  if (refused) return refused;

  return inPartnerReadTransaction(actorRef, async (tx, actor) => {
    const ids = await selectedCustomerIds(tx, actor.partnerId, selection);
    if (!ids.ok) return ids;
    const preview: PermissionJobPreview = { total: ids.data.length, willChange: 0, unchanged: 0, cannot: [] };
    const cannot = new Map<CannotReason, PermissionJobPreview["cannot"][number]>();
    // A thousand at a time keeps the memory of a preview over 100,000 customers flat.
    for (let i = 0; i < ids.data.length; i += 1000) {
      const customers = await readCustomersToChange(tx, actor.partnerId, ids.data.slice(i, i + 1000));
      for (const customer of customers.values()) {
        const step = permissionJobStep(customer, resource, enabled);
        if (step.outcome === "changed") preview.willChange += 1;
        else if (step.outcome === "unchanged") preview.unchanged += 1;
        else {
          const group = cannot.get(step.reason) ?? { reason: step.reason, count: 0, customers: [] };
          cannot.set(step.reason, group);
          group.count += 1;
          if (group.customers.length < namedPerReason) {
            group.customers.push({ tenantId: customer.tenantId, companyName: customer.companyName });
          }
        }
      }
    }
    preview.cannot = [...cannot.values()];
    return ok(preview);
  });
}
