import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CustomerReservationsTable } from "@/components/portal/customer-reservations-table";
import { buttonLinkClass } from "@/components/ui/button";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { listReservations } from "@/lib/reservations/list-reservations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portalReservations");
  return { title: t("title") };
}

export default async function MyReservationsPage() {
  const actor = await requireCustomerActor();
  const t = await getTranslations("portalReservations");
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/portal/reservations/purchase" className={buttonLinkClass}>
          {t("purchaseLink")}
        </Link>
      </div>
      <p className="mt-1 text-muted">{t("intro", { company: actor.companyName, partner: actor.partnerName })}</p>
      <CustomerReservationsTable
        reservations={await listReservations(actor.customerId)}
        partnerName={actor.partnerName}
      />
    </>
  );
}
