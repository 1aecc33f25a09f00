import { NextResponse } from "next/server";
import { getSelfServePolicy, selfServePolicyBody } from "@/lib/customer-permissions/self-serve-policy-api";
import { setSelfServePolicy } from "@/lib/customer-permissions/set-self-serve-policy";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { describeFailure, inEnglish } from "@/lib/i18n/describe";
import { fail } from "@/lib/result";
import { parseInput } from "@/lib/validation";

// Partner Center's SelfServePolicy API over the same use case as the Account page's switches: one policy per
// customer holds both permissions (Azure reservations, Azure savings plans).

/** GET /api/v1/SelfServePolicy?entity_id={customer tenant id} */
export const GET = apiRoute(async ({ request, actor }) => {
  const entityId = new URL(request.url).searchParams.get("entity_id");
  if (!entityId) return refusal(fail("invalid_input", "permissions.errors.entityIdRequired"));
  const policy = await getSelfServePolicy(actor, entityId);
  if (!policy.ok) return refusal(policy);
  const items = policy.data ? [policy.data] : [];
  return NextResponse.json({ totalCount: items.length, items, attributes: { objectType: "Collection" } });
});

/** POST /api/v1/SelfServePolicy: 201 with the policy; 409 (code 600041) when the customer already has one. */
export const POST = apiRoute(async ({ actor, actorRef, body: rawBody }) => {
  const body = parseInput(selfServePolicyBody, rawBody);
  if (!body.ok) return refusal(body);
  const { tenantID } = body.data.selfServeEntity;
  const result = await setSelfServePolicy(actorRef, {
    customerId: tenantID,
    resources: body.data.permissions.map((permission) => permission.resource),
    mode: "create",
  });
  if (!result.ok && "alreadyExists" in result) {
    // The one error shape (in the API's English), with Partner Center's own code and description for programs
    // written against it.
    const refused = describeFailure(result, inEnglish);
    return NextResponse.json({ ...refused, code: 600041, description: refused.message }, { status: 409 });
  }
  if (!result.ok) return refusal(result);
  const policy = await getSelfServePolicy(actor, tenantID);
  return policy.ok ? NextResponse.json(policy.data, { status: 201 }) : refusal(policy);
});
