import { NextResponse } from "next/server";
import {
  customerOfPolicyId,
  getSelfServePolicy,
  selfServePolicyUpdateBody,
} from "@/lib/customer-permissions/self-serve-policy-api";
import { setSelfServePolicy } from "@/lib/customer-permissions/set-self-serve-policy";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { fail } from "@/lib/result";
import { parseInput } from "@/lib/validation";

type Params = { policyId: string };

const notFound = fail("not_found", "permissions.errors.policyNotFound");

/** GET /api/v1/SelfServePolicy/{partner tenant id}_{customer tenant id} */
export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const customerTenantId = customerOfPolicyId(actor, params.policyId);
  if (!customerTenantId) return refusal(notFound);
  const policy = await getSelfServePolicy(actor, customerTenantId);
  return policy.ok && policy.data ? NextResponse.json(policy.data) : refusal(notFound);
});

/** PUT /api/v1/SelfServePolicy/{id}: the policy holds exactly the permissions given (turn one off, or both on). */
export const PUT = apiRoute<Params>(async ({ params, actor, actorRef, body: rawBody }) => {
  const customerTenantId = customerOfPolicyId(actor, params.policyId);
  if (!customerTenantId) return refusal(notFound);
  const body = parseInput(selfServePolicyUpdateBody, rawBody);
  if (!body.ok) return refusal(body);
  const existing = await getSelfServePolicy(actor, customerTenantId);
  if (!existing.ok || !existing.data) return refusal(notFound);
  const result = await setSelfServePolicy(actorRef, {
    customerId: customerTenantId,
    resources: body.data.permissions.map((permission) => permission.resource),
    mode: "replace",
  });
  if (!result.ok) return refusal(result);
  const policy = await getSelfServePolicy(actor, customerTenantId);
  return policy.ok && policy.data ? NextResponse.json(policy.data) : refusal(notFound);
});

/** DELETE /api/v1/SelfServePolicy/{id}: every permission off; 204, or 404 when there is no such policy. */
export const DELETE = apiRoute<Params>(async ({ params, actor, actorRef }) => {
  const customerTenantId = customerOfPolicyId(actor, params.policyId);
  if (!customerTenantId) return refusal(notFound);
  const result = await setSelfServePolicy(actorRef, { customerId: customerTenantId, resources: [], mode: "replace" });
  if (!result.ok) return refusal(result);
  return result.data.changed ? new NextResponse(null, { status: 204 }) : refusal(notFound);
});
