import { NextResponse } from "next/server";
import { getCustomerResource } from "@/lib/api/customers-api";
import { apiRoute, refusal } from "@/lib/http/api-route";

/** GET /api/v1/customers/{customer tenant id} */
export const GET = apiRoute<{ customerId: string }>(async ({ params, actor }) => {
  const customer = await getCustomerResource(actor, params.customerId);
  return customer.ok ? NextResponse.json(customer.data) : refusal(customer);
});
