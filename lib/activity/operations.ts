/**
 * Activity entry operation types, spelled as Partner Center's audit records spell them on the wire.
 * Each needs a label: adding a type without one fails to compile.
 */
export const operationTypes = [
  "create_self_serve_policy",
  "delete_self_serve_policy",
  "create_order",
  "update_subscription",
  "create_role_assignment",
  "delete_role_assignment",
  "create_customer_user",
  "update_customer_user",
  "update_price_list",
  "update_purchase_alerts",
  "reset_customer_user_password",
  "sign_in_lockout",
  "update_reservation",
  "refund_reservation",
  "exchange_reservation",
  "create_reservation_request",
  "approve_reservation_request",
  "decline_reservation_request",
  "create_api_key",
  "revoke_api_key",
  "trade_in_reservation",
  "update_savings_plan",
] as const;
export type OperationType = (typeof operationTypes)[number];

export const operationLabels: Record<OperationType, string> = {
  create_self_serve_policy: "Create Customer Purchase Permissions",
  delete_self_serve_policy: "Delete Customer Purchase Permissions",
  create_order: "Create Order",
  update_subscription: "Update Subscription",
  create_role_assignment: "Create Role Assignment",
  delete_role_assignment: "Delete Role Assignment",
  create_customer_user: "Create Customer User",
  update_customer_user: "Update Customer User",
  update_price_list: "Update Reservation Prices",
  update_purchase_alerts: "Update Purchase Alerts",
  reset_customer_user_password: "Reset Customer User Password",
  sign_in_lockout: "Sign-in Lockout",
  update_reservation: "Update Reservation",
  refund_reservation: "Refund Reservation",
  exchange_reservation: "Exchange Reservation",
  create_reservation_request: "Create Reservation Request",
  approve_reservation_request: "Approve Reservation Request",
  decline_reservation_request: "Decline Reservation Request",
  create_api_key: "Create API Key",
  revoke_api_key: "Revoke API Key",
  trade_in_reservation: "Trade In Reservation",
  update_savings_plan: "Update Savings Plan",
};

export const resourceTypes = [
  "self_serve_policy",
  "order",
  "subscription",
  "role_assignment",
  "customer_user",
  "price_list",
  "partner_settings",
  "partner_user",
  "reservation",
  "reservation_request",
  "api_key",
  "savings_plan",
] as const;
export type ResourceType = (typeof resourceTypes)[number];

export function isOperationType(value: string): value is OperationType {
  return (operationTypes as readonly string[]).includes(value);
}

export function operationLabel(operationType: string): string {
  return isOperationType(operationType) ? operationLabels[operationType] : operationType;
}
