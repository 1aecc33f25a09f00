import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AskPartnerForm } from "@/components/reservation-requests/ask-partner-form";
import { reservationRequestKinds, type ReservationRequestKind } from "@/db/schema";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { requestKindWords } from "@/lib/reservation-requests/request-details";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { findProduct, reservationCatalog } from "@/lib/reservations/catalog";
import { listReservations } from "@/lib/reservations/list-reservations";
import { productOptions } from "@/lib/reservations/product-options";
import { canExchange } from "@/lib/reservations/return-rules";
import { askPartnerAction } from "../../../requests/actions";

export const metadata: Metadata = { title: "Ask your partner" };

type Props = { params: Promise<{ reservationId: string }>; searchParams: Promise<{ kind?: string }> };

export default async function AskPartnerPage({ params, searchParams }: Props) {
  const actor = await requireCustomerActor();
  const { reservationId } = await params;
  const asked = (await searchParams).kind;
  const kind: ReservationRequestKind = reservationRequestKinds.includes(asked as ReservationRequestKind)
    ? (asked as ReservationRequestKind)
    : "cancel";
  const reservation = listReservations(actor.customerId).find((r) => r.reservationId === reservationId.toLowerCase());
  if (!reservation) notFound();
  const product = findProduct(reservation.catalogItemId)!;
  return (
    <>
      <Link href="/portal/reservations" className="text-brand hover:underline">
        ← Reservations
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">
        Ask {actor.partnerName} to {requestKindWords[kind]} {reservation.displayName}
      </h1>
      <p className="mt-1 text-muted">
        {reservation.quantity} × {reservation.productName}. {actor.partnerName} carries it out, or tells you why not;
        the answer shows under Requests.
      </p>
      <AskPartnerForm
        kind={kind}
        subject={{ reservationId: reservation.reservationId }}
        quantity={reservation.quantity}
        autoRenew={reservation.autoRenew}
        products={productOptions().filter((p) =>
          reservationCatalog.some((c) => c.catalogItemId === p.catalogItemId && canExchange(product, c)),
        )}
        subscriptions={billingSubscriptionOptions(actor, actor.customerId)}
        ask={askPartnerAction}
      />
    </>
  );
}
