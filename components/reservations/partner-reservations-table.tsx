import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money";
import { regionName } from "@/lib/reservations/labels";
import type { ReservationRow } from "@/lib/reservations/list-reservations";
import { TableHead } from "@/components/ui/table-head";
import { ScopeText, TermAndPlan } from "./reservation-words";

/** The partner's view: every reservation, whoever bought it, with the price the customer pays. */
export function PartnerReservationsTable({
  customerId,
  reservations,
}: {
  customerId: string;
  reservations: ReservationRow[];
}) {
  const t = useTranslations("reservations");
  const format = useFormatter();
  const locale = useLocale();
  if (reservations.length === 0) return <p className="mt-4">{t("table.empty")}</p>;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <TableHead
          columns={[
            t("table.reservation"),
            t("table.productAndRegion"),
            t("table.quantity"),
            t("table.term"),
            t("table.scope"),
            t("table.expires"),
            t("table.status"),
            t("table.purchasedBy"),
            t("table.price"),
            t("table.actions"),
          ]}
        />
        <tbody>
          {reservations.map((r) => {
            // An auto-renewal is placed by Partner Console itself: it is named in the reader's words.
            const buyer = r.channel === "auto_renewal" ? t("channel.auto_renewal") : r.purchasedBy;
            return (
              <tr key={r.reservationId} className="border-b border-line align-top">
                <td className="py-2 pr-4">
                  {r.displayName}
                  <span className="block font-mono text-xs text-muted">{r.reservationId}</span>
                </td>
                <td className="py-2 pr-4">
                  {r.productName}
                  <span className="block text-xs text-muted">{regionName(r.region)}</span>
                </td>
                <td className="py-2 pr-4">{format.number(r.quantity)}</td>
                <td className="py-2 pr-4">
                  <TermAndPlan term={r.term} billingPlan={r.billingPlan} />
                </td>
                <td className="py-2 pr-4">
                  <ScopeText scope={r.scope} resourceGroup={r.resourceGroup} />
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={r.expiresAt.toISOString()}>
                    {format.dateTime(r.expiresAt, { dateStyle: "medium" })}
                  </time>
                </td>
                <td className="py-2 pr-4">{t(`state.${r.state}`)}</td>
                <td className="py-2 pr-4">
                  {r.purchasedByName ?? buyer}
                  <span className="block text-xs text-muted">
                    {buyer} · {t(`channel.${r.channel}`)}
                  </span>
                </td>
                <td className="py-2 pr-4">{formatMoney(r.priceMinor, r.currency, locale)}</td>
                <td className="py-2 pr-4">
                  <Link
                    href={`/customers/${customerId}/reservations/${r.reservationId}`}
                    className="text-brand hover:underline"
                  >
                    {t("table.manage")}
                    <span className="sr-only"> {r.displayName}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
