import type { Metadata } from "next";
import Link from "next/link";
import { ReservationPurchaseForm } from "@/components/reservations/reservation-purchase-form";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { reservationPurchaseAllowed } from "@/lib/customer-permissions/purchase-permission-facts";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { productOptions } from "@/lib/reservations/product-options";
import { purchaseReservationAction, quoteReservationAction } from "../actions";

export const metadata: Metadata = { title: "Purchase reservations" };

export default async function PurchaseReservationsPage() {
  const actor = await requireCustomerActor();
  return (
    <>
      <Link href="/portal/reservations" className="text-brand hover:underline">
        ← Reservations
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">Purchase reservations</h1>
      <p className="mt-1 max-w-3xl text-muted">
        Reservations are billed through your partner, {actor.partnerName}, at the price they set, to an Azure
        subscription you are an Owner of.
      </p>
      {!reservationPurchaseAllowed(actor.customerId) && (
        <p className="mt-3 max-w-3xl rounded-sm bg-[#fff4ce] px-3 py-2 text-warning">
          Your partner, {actor.partnerName}, hasn&apos;t allowed {actor.companyName} to purchase Azure reservations.
          Purchases will be refused until they turn on the permission.
        </p>
      )}
      <ReservationPurchaseForm
        products={productOptions()}
        subscriptions={billingSubscriptionOptions(actor, actor.customerId)}
        quote={quoteReservationAction}
        purchase={purchaseReservationAction}
      />
    </>
  );
}
