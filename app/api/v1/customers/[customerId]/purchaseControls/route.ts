import { NextResponse } from "next/server";
import {
  etagOf,
  purchaseControlsBody,
  purchaseControlsResourceOf,
  versionFromIfMatch,
} from "@/lib/api/purchase-controls-api";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { getCustomerPurchaseControls } from "@/lib/purchase-controls/get-purchase-controls";
import { setCustomerPurchaseControls } from "@/lib/purchase-controls/set-purchase-controls";
import { fail } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import type { ActorRef } from "@/lib/access/actor";

type Params = { customerId: string };

async function answer(actorRef: ActorRef, customerId: string) {
  const controls = await getCustomerPurchaseControls(actorRef, customerId);
  if (!controls.ok) return refusal(controls);
  return NextResponse.json(purchaseControlsResourceOf(customerId.toLowerCase(), controls.data), {
    headers: { ETag: etagOf(controls.data.version) },
  });
}

/** GET …/purchaseControls: the customer's limit and approval amount, this month's use, and the ETag to save with. */
export const GET = apiRoute<Params>(async ({ params, actorRef }) => answer(actorRef, params.customerId));

/**
 * PUT …/purchaseControls with If-Match: the ETag of the version read. Without it 428; with a version someone has
 * changed since, 412 and nothing changes.
 */
export const PUT = apiRoute<Params>(async ({ request, params, actorRef, body: rawBody }) => {
  const ifMatch = request.headers.get("if-match");
  if (!ifMatch) return refusal(fail("precondition_required"));
  const version = versionFromIfMatch(ifMatch);
  if (version === null) return refusal(fail("precondition_failed"));
  const body = parseInput(purchaseControlsBody, rawBody);
  if (!body.ok) return refusal(body);
  const saved = await setCustomerPurchaseControls(actorRef, {
    customerId: params.customerId,
    followsDefaults: body.data.followsDefaults,
    monthlyLimitMinor: body.data.monthlyLimitMinor ?? null,
    approvalAboveMinor: body.data.approvalAboveMinor ?? null,
    version,
  });
  if (!saved.ok) return refusal(saved.error === "edit_conflict" ? fail("precondition_failed") : saved);
  return answer(actorRef, params.customerId);
});
