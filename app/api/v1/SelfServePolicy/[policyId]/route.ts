import { NextResponse } from "next/server";
import { getActorRef, getPartnerActor } from "@/lib/auth/current-actor";
import { customerOfPolicyId, getSelfServePolicy } from "@/lib/customer-permissions/self-serve-policy-api";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { fail } from "@/lib/result";
import { refusal } from "@/app/api/v1/respond";

type Params = { params: Promise<{ policyId: string }> };

const notFound = fail("not_found", "Self-serve policy not found.");

/** GET /api/v1/SelfServePolicy/{partner tenant id}_{customer tenant id} */
export async function GET(_request: Request, { params }: Params) {
  const actor = await getPartnerActor();
  if (!actor) return refusal(fail("unauthenticated"));
  const customerTenantId = customerOfPolicyId(actor, (await params).policyId);
  if (!customerTenantId) return refusal(notFound);
  const policy = getSelfServePolicy(actor, customerTenantId);
  return policy.ok && policy.data ? NextResponse.json(policy.data) : refusal(notFound);
}

/** DELETE /api/v1/SelfServePolicy/{id}: 204, or 404 when there is no such policy. */
export async function DELETE(_request: Request, { params }: Params) {
  const actor = await getPartnerActor();
  if (!actor) return refusal(fail("unauthenticated"));
  const customerTenantId = customerOfPolicyId(actor, (await params).policyId);
  if (!customerTenantId) return refusal(notFound);
  const result = setCustomerPurchasePermission(await getActorRef(), {
    customerId: customerTenantId,
    resource: "AzureReservedInstances",
    enabled: false,
  });
  if (!result.ok) return refusal(result);
  return result.data.changed ? new NextResponse(null, { status: 204 }) : refusal(notFound);
}
