import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ScopeText, TermAndPlan } from "@/components/reservations/reservation-words";
import { reservationRequestKinds } from "@/db/schema";
import { regionName } from "@/lib/reservations/labels";
import type { ReservationRow } from "@/lib/reservations/list-reservations";

/**
 * The customer's view. Exchange, cancel, renew and change scope are shown, as in the Azure portal, but
 * unavailable: reservations bought through a CSP partner are changed by the partner.
 */
export function CustomerReservationsTable({
  reservations,
  partnerName,
}: {
  reservations: ReservationRow[];
  partnerName: string;
}) {
  const t = useTranslations("portalReservations");
  const tr = useTranslations("reservations");
  const format = useFormatter();
  if (reservations.length === 0) return <p className="mt-4">{t("table.empty")}</p>;
  const columns = [
    t("table.name"),
    t("table.product"),
    t("table.region"),
    t("table.quantity"),
    t("table.scope"),
    t("table.term"),
    t("table.expires"),
    t("table.status"),
    t("table.actions"),
  ];
  return (
    <>
      {/* #6d5700 on the notice's yellow: 6.3:1 (the theme's warning colour is just under 4.5:1 there). */}
      <p className="mt-4 rounded-sm bg-[#fff4ce] px-3 py-2 text-[#6d5700]">
        {t("table.askNotice", { partner: partnerName })}
      </p>
      <table className="mt-4 w-full border-collapse bg-white text-left">
        <thead>
          <tr className="border-b border-line text-muted">
            {columns.map((h) => (
              <th key={h} scope="col" className="px-2 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {reservations.map((r) => (
            <tr key={r.reservationId} className="border-b border-line align-top">
              <td className="px-2 py-2">{r.displayName}</td>
              <td className="px-2 py-2">{r.productName}</td>
              <td className="px-2 py-2">{regionName(r.region)}</td>
              <td className="px-2 py-2">{format.number(r.quantity)}</td>
              <td className="px-2 py-2">
                <ScopeText scope={r.scope} resourceGroup={r.resourceGroup} />
              </td>
              <td className="px-2 py-2">
                <TermAndPlan term={r.term} billingPlan={r.billingPlan} />
              </td>
              <td className="px-2 py-2 whitespace-nowrap">
                <time dateTime={r.expiresAt.toISOString()}>
                  {format.dateTime(r.expiresAt, { dateStyle: "medium" })}
                </time>
              </td>
              <td className="px-2 py-2">{tr(`state.${r.state}`)}</td>
              <td className="px-2 py-2">
                {r.state === "active" && (
                  // Small text, but each link a 24 px target at least (WCAG 2.2, 2.5.8 Target Size).
                  <ul className="space-y-0.5 text-xs">
                    {reservationRequestKinds.map((kind) => (
                      <li key={kind}>
                        <Link
                          href={`/portal/reservations/${r.reservationId}/ask?kind=${kind}`}
                          className="inline-flex min-h-6 items-center text-brand-dark hover:underline"
                        >
                          {t("table.ask", { partner: partnerName, kind })}
                          <span className="sr-only"> {r.displayName}</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
