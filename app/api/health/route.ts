import { NextResponse } from "next/server";
import { databaseHealth } from "@/db/health";
import { databaseRetryAfterSeconds } from "@/lib/http/database-unavailable";

/**
 * GET /api/health: for load balancers and uptime checks, so it needs no session or key, and says nothing but whether
 * this process can serve: 200 when its database answers and has every migration, else 503 with Retry-After. Never
 * cached: each check asks again.
 */
export async function GET(): Promise<Response> {
  const { database, migrations } = await databaseHealth();
  const ok = database === "up" && migrations === "current";
  return NextResponse.json(
    { status: ok ? "ok" : "unavailable", database, migrations },
    {
      status: ok ? 200 : 503,
      headers: { "Cache-Control": "no-store", ...(ok ? {} : { "Retry-After": String(databaseRetryAfterSeconds) }) },
    },
  );
}
