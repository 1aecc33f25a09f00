import { NextResponse } from "next/server";
import { customerOfPolicyId, getSelfServePolicy } from "@/lib/customer-permissions/self-serve-policy-api";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { fail } from "@/lib/result";

type Params = { policyId: string };

const notFound = fail("not_found", "Self-serve policy not found.");

/** GET /api/v1/SelfServePolicy/{partner tenant id}_{customer tenant id} */
export const GET = apiRoute<Params>(({ params, actor }) => {
  const customerTenantId = customerOfPolicyId(actor, params.policyId);
  if (!customerTenantId) return refusal(notFound);
  const policy = getSelfServePolicy(actor, customerTenantId);
  return policy.ok && policy.data ? NextResponse.json(policy.data) : refusal(notFound);
});

/** DELETE /api/v1/SelfServePolicy/{id}: 204, or 404 when there is no such policy. */
export const DELETE = apiRoute<Params>(({ params, actor, actorRef }) => {
  const customerTenantId = customerOfPolicyId(actor, params.policyId);
  if (!customerTenantId) return refusal(notFound);
  const result = setCustomerPurchasePermission(actorRef, {
    customerId: customerTenantId,
    resource: "AzureReservedInstances",
    enabled: false,
  });
  if (!result.ok) return refusal(result);
  return result.data.changed ? new NextResponse(null, { status: 204 }) : refusal(notFound);
});
