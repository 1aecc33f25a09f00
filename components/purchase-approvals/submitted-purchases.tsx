import { getTranslations } from "next-intl/server";
import { LocalDateTime } from "@/components/ui/local-date-time";
import type { PurchaseApprovalRow } from "@/lib/purchase-approvals/list-purchase-approvals";
import { getPurchaseWords } from "./purchase-words";

/** The customer's purchases above the amount their partner approves: what they submitted, and the answer. */
export async function SubmittedPurchases({ rows, partner }: { rows: PurchaseApprovalRow[]; partner: string }) {
  const [t, words] = await Promise.all([getTranslations("purchaseApprovals.portal"), getPurchaseWords()]);
  const columns = [t("column.what"), t("column.total"), t("column.by"), t("column.when"), t("column.status")];
  return (
    <section aria-labelledby="submitted-purchases" className="mt-6">
      <h2 id="submitted-purchases" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-muted">{t("intro", { partner })}</p>
      <table aria-labelledby="submitted-purchases" className="mt-3 w-full border-collapse bg-white text-left">
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
          {rows.map((r) => (
            <tr key={r.approvalId} className="border-b border-line align-top">
              <td className="px-2 py-2">{words.what(r.kind, r.item, r.currency)}</td>
              <td className="px-2 py-2 whitespace-nowrap">{words.money(r.quotedTotalMinor, r.currency)}</td>
              <td className="px-2 py-2">{r.requestedBy}</td>
              <td className="px-2 py-2 whitespace-nowrap">
                <LocalDateTime iso={r.createdAt.toISOString()} />
              </td>
              <td className="px-2 py-2">
                {t(`status.${r.status}`, { orderId: r.orderId ?? "", reason: r.declineReason ?? "" })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
