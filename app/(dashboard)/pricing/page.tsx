import type { Metadata } from "next";
import { PricingTable } from "@/components/pricing/pricing-table";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getPricingView } from "@/lib/pricing/pricing-view";
import { setReservationPricesAction } from "./actions";

export const metadata: Metadata = { title: "Reservation prices" };

export default async function PricingPage() {
  const actor = await requirePartnerActor();
  const view = getPricingView(actor);
  return (
    <>
      <h1 className="text-2xl font-semibold">Reservation prices</h1>
      <p className="mt-1 max-w-3xl text-muted">
        The price your customers pay for Azure reservations they buy themselves, and the price recorded when you buy on
        their behalf: the list (Web Direct) price with your markup or discount. A price is fixed on the order when it is
        bought; changing it here never rewrites past orders.
      </p>
      {!view.viewerCanChange && (
        <p className="mt-2 text-muted">Only Admin agents can change reservation prices. You have read-only access.</p>
      )}
      <PricingTable view={view} save={view.viewerCanChange ? setReservationPricesAction : null} />
    </>
  );
}
