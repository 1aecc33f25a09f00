import { NextResponse } from "next/server";
import { expiringPurchasesPageOf } from "@/lib/api/expiring-purchases-api";
import { listExpiringPurchases } from "@/lib/expiring/list-expiring-purchases";
import { apiRoute, refusal } from "@/lib/http/api-route";

/** GET /api/v1/expiringPurchases?within=30|60|90&…: the partner's customers' purchases that end soon. */
export const GET = apiRoute(async ({ request, actorRef }) => {
  const result = await listExpiringPurchases(actorRef, Object.fromEntries(new URL(request.url).searchParams));
  if (!result.ok) return refusal(result);
  return NextResponse.json(expiringPurchasesPageOf(result.data));
});
