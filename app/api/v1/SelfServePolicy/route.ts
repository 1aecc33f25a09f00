import { NextResponse } from "next/server";
import { getSelfServePolicy, selfServePolicyBody } from "@/lib/customer-permissions/self-serve-policy-api";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { fail } from "@/lib/result";
import { parseInput } from "@/lib/validation";

// Partner Center's SelfServePolicy API over the same use case as the Account page's switch, signed in with the
// dashboard's session.

/** GET /api/v1/SelfServePolicy?entity_id={customer tenant id} */
export const GET = apiRoute(({ request, actor }) => {
  const entityId = new URL(request.url).searchParams.get("entity_id");
  if (!entityId) return refusal(fail("invalid_input", "Give the customer's tenant id as entity_id."));
  const policy = getSelfServePolicy(actor, entityId);
  if (!policy.ok) return refusal(policy);
  const items = policy.data ? [policy.data] : [];
  return NextResponse.json({ totalCount: items.length, items, attributes: { objectType: "Collection" } });
});

/** POST /api/v1/SelfServePolicy: 201 with the policy; 409 (code 600041) when the customer already has one. */
export const POST = apiRoute(({ actor, actorRef, body: rawBody }) => {
  const body = parseInput(selfServePolicyBody, rawBody);
  if (!body.ok) return refusal(body);
  const { tenantID } = body.data.selfServeEntity;
  const result = setCustomerPurchasePermission(actorRef, {
    customerId: tenantID,
    resource: body.data.permissions[0].resource,
    enabled: true,
  });
  if (!result.ok) return refusal(result);
  if (!result.data.changed) {
    // The one error shape, with Partner Center's own code and description for programs written against it.
    const description = "A self-serve policy already exists for this customer.";
    return NextResponse.json({ ...fail("conflict", description), code: 600041, description }, { status: 409 });
  }
  const policy = getSelfServePolicy(actor, tenantID);
  return policy.ok ? NextResponse.json(policy.data, { status: 201 }) : refusal(policy);
});
