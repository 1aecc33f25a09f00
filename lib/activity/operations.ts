/**
 * Activity entry operation types, spelled as Partner Center's audit records spell them on the wire. Each is put into
 * words by the catalogue (activity.operations.<type>): adding a type without its words fails the type check.
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
  "update_new_azure_plan_permissions",
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
  "register_security_info",
  "delete_security_info",
  "reset_user_mfa",
  "update_customer_purchase_controls",
  "submit_purchase_for_approval",
  "approve_purchase",
  "decline_purchase",
  "update_webhook_registration",
] as const;
export type OperationType = (typeof operationTypes)[number];

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
  "purchase_controls",
  "purchase_approval",
  "webhook_registration",
] as const;
export type ResourceType = (typeof resourceTypes)[number];

export function isOperationType(value: string): value is OperationType {
  return (operationTypes as readonly string[]).includes(value);
}

export function isResourceType(value: string): value is ResourceType {
  return (resourceTypes as readonly string[]).includes(value);
}
