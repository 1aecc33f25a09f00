import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AskPartnerForm } from "@/components/reservation-requests/ask-partner-form";
import { reservationRequestKinds, type ReservationRequestKind } from "@/db/schema";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { findProduct, reservationCatalog } from "@/lib/reservations/catalog";
import { listReservations } from "@/lib/reservations/list-reservations";
import { productOptions } from "@/lib/reservations/product-options";
import { canExchange } from "@/lib/reservations/return-rules";
import { askPartnerAction } from "../../../requests/actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("requests");
  return { title: t("ask.metaTitle") };
}

type Props = { params: Promise<{ reservationId: string }>; searchParams: Promise<{ kind?: string }> };

export default async function AskPartnerPage({ params, searchParams }: Props) {
  const actor = await requireCustomerActor();
  const { reservationId } = await params;
  const asked = (await searchParams).kind;
  const kind: ReservationRequestKind = reservationRequestKinds.includes(asked as ReservationRequestKind)
    ? (asked as ReservationRequestKind)
    : "cancel";
  const reservation = (await listReservations(actor.customerId)).find(
    (r) => r.reservationId === reservationId.toLowerCase(),
  );
  if (!reservation) notFound();
  const product = findProduct(reservation.catalogItemId)!;
  const [t, format] = await Promise.all([getTranslations("requests"), getFormatter()]);
  return (
    <ClientMessages namespaces={["requests", "reservationCatalog"]}>
      <>
        {/* The darker brand blue: the portal's off-white background leaves the lighter one under 4.5:1. */}
        <Link href="/portal/reservations" className="text-brand-dark hover:underline">
          {t("ask.back")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">
          {t("ask.heading", { partner: actor.partnerName, kind, name: reservation.displayName })}
        </h1>
        <p className="mt-1 text-muted">
          {t("ask.intro", {
            quantity: format.number(reservation.quantity),
            product: reservation.productName,
            partner: actor.partnerName,
          })}
        </p>
        <AskPartnerForm
          kind={kind}
          subject={{ reservationId: reservation.reservationId }}
          quantity={reservation.quantity}
          autoRenew={reservation.autoRenew}
          products={productOptions().filter((p) =>
            reservationCatalog.some((c) => c.catalogItemId === p.catalogItemId && canExchange(product, c)),
          )}
          subscriptions={await billingSubscriptionOptions(actor, actor.customerId)}
          ask={askPartnerAction}
        />
      </>
    </ClientMessages>
  );
}
