import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SubmittedPurchases } from "@/components/purchase-approvals/submitted-purchases";
import { getRequestWords } from "@/components/reservation-requests/request-words";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { getDb } from "@/db/client";
import { requireCustomerActor } from "@/lib/auth/current-actor";
import { listCustomerPurchaseApprovals } from "@/lib/purchase-approvals/list-purchase-approvals";
import { listCustomerRequests } from "@/lib/reservation-requests/list-requests";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("requests");
  return { title: t("title") };
}

/** What the customer asked their partner, and the answers: purchases submitted for approval, then requests. */
export default async function MyRequestsPage() {
  const actor = await requireCustomerActor();
  const [requests, purchases] = await Promise.all([
    listCustomerRequests(actor),
    listCustomerPurchaseApprovals(getDb(), actor),
  ]);
  const [t, tp, words] = await Promise.all([
    getTranslations("requests"),
    getTranslations("purchaseApprovals.portal"),
    getRequestWords(),
  ]);
  const columns = [
    t("portal.column.about"),
    t("portal.column.asked"),
    t("portal.column.by"),
    t("portal.column.when"),
    t("portal.column.status"),
    t("portal.column.answer"),
  ];
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {/* Only customers whose purchases needed approval have any: the others see their requests alone. */}
      {purchases.length > 0 && <SubmittedPurchases rows={purchases} partner={actor.partnerName} />}
      <h2 className="mt-6 text-xl font-semibold">{tp("otherRequests")}</h2>
      <p className="mt-1 text-muted">{t("portal.intro", { company: actor.companyName, partner: actor.partnerName })}</p>
      {requests.length === 0 ? (
        <p className="mt-4">{t("portal.empty")}</p>
      ) : (
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
            {requests.map((r) => (
              <tr key={r.requestId} className="border-b border-line align-top">
                <td className="px-2 py-2">{r.reservationName}</td>
                <td className="px-2 py-2">{words.asked(r.asked)}</td>
                <td className="px-2 py-2">{r.requestedBy}</td>
                <td className="px-2 py-2 whitespace-nowrap">
                  <LocalDateTime iso={r.createdAt.toISOString()} />
                </td>
                <td className="px-2 py-2">{t(`portal.status.${r.status}`)}</td>
                <td className="px-2 py-2">{r.declineReason ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
