import { purchasePermissionResources, type PurchasePermissionResource } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inPartnerReadTransaction } from "@/lib/access/write-transaction";
import { ok, type Result } from "@/lib/result";
import type { Tx } from "@/db/client";
import { readNewAzurePlanRules, readNewAzurePlanRulesVersion } from "./read-new-azure-plan-rules";

export type NewAzurePlanRuleView = {
  resource: PurchasePermissionResource;
  enabled: boolean;
  /** Who turned the rule on and when (an ISO instant); null while it is off. */
  turnedOn: { by: string; at: string } | null;
};

export type NewAzurePlanPermissions = {
  /** Both rules, reservations first, as Settings lists them. */
  rules: NewAzurePlanRuleView[];
  /** The version they were read at, sent back with a save. */
  version: number;
  /** Whether the reader may change them (Admin agents); the use case refuses anyone else anyway. */
  canChange: boolean;
};

/** The rules as they are now, in the caller's transaction. */
export async function readNewAzurePlanPermissions(
  tx: Tx,
  partnerId: number,
): Promise<Omit<NewAzurePlanPermissions, "canChange">> {
  const on = await readNewAzurePlanRules(tx, partnerId);
  return {
    rules: purchasePermissionResources.map((resource) => {
      const rule = on.find((r) => r.resource === resource);
      return {
        resource,
        enabled: !!rule,
        turnedOn: rule ? { by: rule.setBy.email, at: rule.setAt.toISOString() } : null,
      };
    }),
    version: await readNewAzurePlanRulesVersion(tx, partnerId),
  };
}

/**
 * The partner's rules that turn a permission on when a customer gets its first Azure plan, as Settings shows them:
 * any of the partner's users may read them.
 */
export function getNewAzurePlanPermissions(actorRef: ActorRef | null): Promise<Result<NewAzurePlanPermissions>> {
  return inPartnerReadTransaction(actorRef, async (tx, actor) =>
    ok({
      ...(await readNewAzurePlanPermissions(tx, actor.partnerId)),
      canChange: can(actor.role, "changePartnerSettings"),
    }),
  );
}
