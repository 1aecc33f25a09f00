import { purchasePermissionResources, type PurchasePermissionResource } from "@/db/schema";

/**
 * A partner's rule that turned a customer's permission on by itself, as its "Create Customer Purchase Permissions"
 * entry names it beside the policy: which rule, and the Admin agent who set it (the entry's actor is whoever made
 * the rule fire, the agent who bought the Azure plan).
 */
export type PermissionRule = { name: "new_azure_plan"; setBy: string };

function parsed(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The rule an entry's new value names, or null for a change an agent made by hand (or a value that is not JSON). */
export function permissionRuleOf(newValue: string | null): PermissionRule | null {
  const rule = parsed(newValue)?.rule as Partial<PermissionRule> | undefined;
  return rule?.name === "new_azure_plan" && typeof rule.setBy === "string"
    ? { name: rule.name, setBy: rule.setBy }
    : null;
}

/** The permission an "Update New Azure Plan Permissions" entry is about, from its new value; null if it names none. */
export function newAzurePlanRuleResourceOf(newValue: string | null): PurchasePermissionResource | null {
  const resource = parsed(newValue)?.resource;
  return purchasePermissionResources.find((known) => known === resource) ?? null;
}
