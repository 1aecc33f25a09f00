import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReservationPurchaseForm } from "@/components/reservations/reservation-purchase-form";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { reservationPurchaseAllowed } from "@/lib/customer-permissions/purchase-permission-facts";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { productOptions } from "@/lib/reservations/product-options";
import { submitPurchaseForApprovalAction } from "../../purchase-actions";
import { purchaseReservationAction, quoteReservationAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portalReservations");
  return { title: t("purchase.title") };
}

export default async function PurchaseReservationsPage() {
  const actor = await requireCustomerActor();
  const t = await getTranslations("portalReservations");
  return (
    <ClientMessages namespaces={["pricing", "purchaseApprovals", "reservationCatalog", "reservations"]}>
      <>
        {/* The darker brand blue: the portal's off-white background leaves the lighter one under 4.5:1. */}
        <Link href="/portal/reservations" className="text-brand-dark hover:underline">
          {t("purchase.back")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("purchase.title")}</h1>
        <p className="mt-1 max-w-3xl text-muted">{t("purchase.intro", { partner: actor.partnerName })}</p>
        {!(await reservationPurchaseAllowed(actor.customerId)) && (
          <p className="mt-3 max-w-3xl rounded-sm bg-[#fff4ce] px-3 py-2 text-[#6d5700]">
            {t("purchase.notAllowed", { partner: actor.partnerName, company: actor.companyName })}
          </p>
        )}
        <ReservationPurchaseForm
          products={productOptions()}
          subscriptions={await billingSubscriptionOptions(actor, actor.customerId)}
          quote={quoteReservationAction}
          purchase={purchaseReservationAction}
          approvals={{ partnerName: actor.partnerName, submit: submitPurchaseForApprovalAction }}
        />
      </>
    </ClientMessages>
  );
}
