import { NextResponse } from "next/server";
import { getAuditRecord } from "@/lib/api/audit-records";
import { apiRoute, refusal } from "@/lib/http/api-route";

/** GET /api/v1/auditrecords/{id}: one audit record of the partner (a webhook event's AuditUri), or 404. */
export const GET = apiRoute<{ id: string }>(async ({ params, actor }) => {
  const record = await getAuditRecord(actor, params.id);
  return record.ok ? NextResponse.json(record.data) : refusal(record);
});
