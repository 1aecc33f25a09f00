import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PartnerReservationsTable } from "@/components/reservations/partner-reservations-table";
import { ReservationPurchaseForm } from "@/components/reservations/reservation-purchase-form";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomer } from "@/lib/customers/find-customer";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { listReservations } from "@/lib/reservations/list-reservations";
import { productOptions } from "@/lib/reservations/product-options";
import { purchaseReservationAction, quoteReservationAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reservations");
  return { title: t("title") };
}

export default async function CustomerReservationsPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requirePartnerActor();
  const customer = await getCustomer(actor, (await params).customerId);
  if (!customer) notFound();
  const t = await getTranslations("reservations");

  return (
    <ClientMessages namespaces={["pricing", "purchaseApprovals", "reservationCatalog", "reservations"]}>
      <>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-muted">{t("intro", { company: customer.companyName })}</p>
        <PartnerReservationsTable customerId={customer.tenantId} reservations={await listReservations(customer.id)} />
        {can(actor.role, "buyOnBehalf") && (
          <section aria-labelledby="buy-heading" className="mt-8">
            <h2 id="buy-heading" className="text-lg font-semibold">
              {t("buyHeading", { company: customer.companyName })}
            </h2>
            <p className="mt-1 text-muted">{t("buyIntro")}</p>
            <ReservationPurchaseForm
              products={productOptions()}
              subscriptions={await billingSubscriptionOptions(actor, customer.id)}
              customerId={customer.tenantId}
              quote={quoteReservationAction}
              purchase={purchaseReservationAction}
            />
          </section>
        )}
      </>
    </ClientMessages>
  );
}
