import type { PartnerRole } from "@/db/schema";

/** What each partner role may do, per Partner Center's role documentation. */
const capabilities = {
  changeCustomerPermissions: ["admin_agent"],
  viewActivityLog: ["admin_agent"],
  // Sales agents place orders in Partner Center; help desk agents do not.
  placeOrders: ["admin_agent", "sales_agent"],
  manageSubscriptions: ["admin_agent"],
  manageRoleAssignments: ["admin_agent"],
  manageCustomerUsers: ["admin_agent"],
  // Buying reservations and savings plans for a customer, and approving what a customer submitted for approval.
  buyOnBehalf: ["admin_agent"],
  // Exchange, cancel, trade in, auto-renew and scope of the reservations and savings plans customers bought: Admin agents, as Partner Center has it.
  manageCustomerPurchases: ["admin_agent"],
  setReservationPrices: ["admin_agent"],
  changePartnerSettings: ["admin_agent"],
  // A customer's monthly purchase limit and approval amount, and the partner's defaults for them.
  setPurchaseControls: ["admin_agent"],
  // Keys act with an Admin agent's rights, so only an Admin agent may hand them out.
  manageApiKeys: ["admin_agent"],
  // The partner's own users: resetting one's MFA after a lost device (Partner Center: User management, Admin agents).
  manageUsers: ["admin_agent"],
} as const satisfies Record<string, readonly PartnerRole[]>;

export type Capability = keyof typeof capabilities;

export function can(role: PartnerRole, capability: Capability): boolean {
  return (capabilities[capability] as readonly PartnerRole[]).includes(role);
}
