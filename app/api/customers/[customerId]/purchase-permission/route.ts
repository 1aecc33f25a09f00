import { NextResponse } from "next/server";
import { purchasePermissionResources, type PurchasePermissionResource } from "@/db/schema";
import { getCustomer } from "@/lib/customers/find-customer";
import { getPurchasePermission } from "@/lib/customers/get-customer-account";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { fail } from "@/lib/result";

/** One of the customer's purchase permissions (?resource=) and its prerequisites, as the Account page shows them. */
export const GET = apiRoute<{ customerId: string }>(
  async ({ request, params, actor }) => {
    const customer = await getCustomer(actor, params.customerId);
    if (!customer) return refusal(fail("not_found", "errors.customer_not_found"));
    const resource = new URL(request.url).searchParams.get("resource") ?? "AzureReservedInstances";
    if (!(purchasePermissionResources as readonly string[]).includes(resource)) {
      return refusal(fail("invalid_input", "permissions.errors.resourceFieldInvalid"));
    }
    return NextResponse.json(await getPurchasePermission(actor, customer, resource as PurchasePermissionResource), {
      headers: { "Cache-Control": "no-store" },
    });
  },
  // The Account page's own query, for the signed-in user; not part of the partner API.
  { sessionOnly: true },
);
