import { getTranslations } from "next-intl/server";
import { PricingTable } from "@/components/pricing/pricing-table";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getPricingView } from "@/lib/pricing/pricing-view";
import { setReservationPricesAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("pricing");
  return { title: t("title") };
}

export default async function PricingPage() {
  const actor = await requirePartnerActor();
  const view = await getPricingView(actor);
  const t = await getTranslations("pricing");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-muted">{t("intro")}</p>
      {!view.viewerCanChange && <p className="mt-2 text-muted">{t("readOnly")}</p>}
      <PricingTable view={view} save={view.viewerCanChange ? setReservationPricesAction : null} />
    </>
  );
}
