import { NextResponse } from "next/server";
import { listSubscribableEvents } from "@/lib/api/webhooks-api";
import { apiRoute, refusal } from "@/lib/http/api-route";

/** GET /api/v1/webhooks/registration/events: the events a registration may ask for. */
export const GET = apiRoute(async ({ actor }) => {
  const events = listSubscribableEvents(actor);
  return events.ok ? NextResponse.json(events.data) : refusal(events);
});
