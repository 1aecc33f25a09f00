import type { Metadata } from "next";
import Link from "next/link";
import { CustomerReservationsTable } from "@/components/portal/customer-reservations-table";
import { buttonLinkClass } from "@/components/ui/button";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { listReservations } from "@/lib/reservations/list-reservations";

export const metadata: Metadata = { title: "Reservations" };

export default async function MyReservationsPage() {
  const actor = await requireCustomerActor();
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Reservations</h1>
        <Link href="/portal/reservations/purchase" className={buttonLinkClass}>
          Purchase reservations
        </Link>
      </div>
      <p className="mt-1 text-muted">
        {actor.companyName}&apos;s Azure reservations, bought by you, your colleagues or your partner,{" "}
        {actor.partnerName}.
      </p>
      <CustomerReservationsTable reservations={listReservations(actor.customerId)} partnerName={actor.partnerName} />
    </>
  );
}
