import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document. Public: it describes the API, it holds no data. */
export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
