import { NextResponse } from "next/server";
import { getPartnerActor } from "@/lib/auth/current-actor";
import { getCustomer, getReservationPurchasePermission } from "@/lib/customers/get-customer-account";
import { fail, httpStatusOf } from "@/lib/result";

/** The customer's Azure reservations purchase permission and its prerequisites, as the Account page shows them. */
export async function GET(_request: Request, { params }: { params: Promise<{ customerId: string }> }) {
  const actor = await getPartnerActor();
  if (!actor) return NextResponse.json(fail("unauthenticated"), { status: httpStatusOf("unauthenticated") });
  const customer = getCustomer(actor, (await params).customerId);
  if (!customer) return NextResponse.json(fail("not_found", "Customer not found."), { status: 404 });
  return NextResponse.json(getReservationPurchasePermission(actor, customer), {
    headers: { "Cache-Control": "no-store" },
  });
}
