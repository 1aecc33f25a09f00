/**
 * Activity entry operation types, spelled as Partner Center's audit records spell them on the wire.
 * Each needs a label: adding a type without one fails to compile.
 */
export const operationTypes = ["create_self_serve_policy", "delete_self_serve_policy"] as const;
export type OperationType = (typeof operationTypes)[number];

export const operationLabels: Record<OperationType, string> = {
  create_self_serve_policy: "Create Customer Purchase Permissions",
  delete_self_serve_policy: "Delete Customer Purchase Permissions",
};

export const resourceTypes = ["self_serve_policy"] as const;
export type ResourceType = (typeof resourceTypes)[number];

export function isOperationType(value: string): value is OperationType {
  return (operationTypes as readonly string[]).includes(value);
}

export function operationLabel(operationType: string): string {
  return isOperationType(operationType) ? operationLabels[operationType] : operationType;
}
