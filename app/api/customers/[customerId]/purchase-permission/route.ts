import { NextResponse } from "next/server";
import { getCustomer, getReservationPurchasePermission } from "@/lib/customers/get-customer-account";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { fail } from "@/lib/result";

/** The customer's Azure reservations purchase permission and its prerequisites, as the Account page shows them. */
export const GET = apiRoute<{ customerId: string }>(
  ({ params, actor }) => {
    const customer = getCustomer(actor, params.customerId);
    if (!customer) return refusal(fail("not_found", "Customer not found."));
    return NextResponse.json(getReservationPurchasePermission(actor, customer), {
      headers: { "Cache-Control": "no-store" },
    });
  },
  // The Account page's own query, for the signed-in user; not part of the partner API.
  { sessionOnly: true },
);
