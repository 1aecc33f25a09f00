import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PartnerPurchaseApprovals } from "@/components/purchase-approvals/partner-purchase-approvals";
import { RequestDecision } from "@/components/reservation-requests/request-decision";
import { getRequestWords } from "@/components/reservation-requests/request-words";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { getDb } from "@/db/client";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { say } from "@/lib/i18n/describe";
import { readerWords } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money";
import { listPartnerPurchaseApprovals } from "@/lib/purchase-approvals/list-purchase-approvals";
import { listPartnerRequests, type RequestOutcome } from "@/lib/reservation-requests/list-requests";
import { approvePurchaseAction, approveRequestAction, declinePurchaseAction, declineRequestAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("requests");
  return { title: t("title") };
}

async function Outcome({ outcome }: { outcome: RequestOutcome }) {
  if (!outcome) return null;
  const [t, locale] = await Promise.all([getTranslations("requests"), getLocale()]);
  if (outcome.kind === "refused") {
    const why = say(await readerWords(), outcome.reason, outcome.values);
    return <p className="mt-2 text-danger">{t("outcome.refused", { why })}</p>;
  }
  if (outcome.kind === "change") {
    return <p className="mt-2">{outcome.changed ? t("outcome.changes") : t("outcome.unchanged")}</p>;
  }
  const q = outcome.quote;
  const money = (amountMinor: number) => formatMoney(amountMinor, q.currency, locale);
  if (outcome.kind === "refund") {
    const r = outcome.quote;
    return (
      <p className="mt-2">
        {t("outcome.refund", {
          refund: money(r.refundMinor),
          hasFuturePayments: r.futurePaymentsCancelledMinor > 0 ? "yes" : "no",
          futurePayments: money(r.futurePaymentsCancelledMinor),
          cancelled: money(r.cancelledCommitmentMinor),
          left: money(r.poolLeftMinor),
          overLimit: r.cancelledCommitmentMinor > r.poolLeftMinor ? "yes" : "no",
        })}
      </p>
    );
  }
  const x = outcome.quote;
  return (
    <p className="mt-2">
      {t("outcome.exchange", {
        credit: money(x.creditMinor),
        newCommitment: money(x.newCommitmentMinor),
        net: money(x.netMinor),
        covers: x.coversReturn ? "yes" : "no",
        remaining: money(x.remainingCommitmentMinor),
      })}
    </p>
  );
}

/**
 * What customers asked of the partner instead of e-mailing: purchases above the amount the partner approves, and
 * exchange, cancel, renew, change scope.
 */
export default async function RequestsPage() {
  const actor = await requirePartnerActor();
  const [requests, purchases] = await Promise.all([
    listPartnerRequests(actor),
    listPartnerPurchaseApprovals(getDb(), actor),
  ]);
  const canDecide = can(actor.role, "manageCustomerPurchases");
  const [t, tp, words] = await Promise.all([
    getTranslations("requests"),
    getTranslations("purchaseApprovals.inbox"),
    getRequestWords(),
  ]);
  return (
    <ClientMessages namespaces={["requests", "purchaseApprovals"]}>
      <>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {!canDecide && <p className="mt-1 text-muted">{t("partner.readOnly")}</p>}
        <PartnerPurchaseApprovals
          rows={purchases}
          canDecide={canDecide}
          approve={approvePurchaseAction}
          decline={declinePurchaseAction}
        />
        <h2 className="mt-6 text-xl font-semibold">{tp("otherRequests")}</h2>
        <p className="mt-1 max-w-3xl text-muted">{t("partner.intro")}</p>
        {requests.length === 0 && <p className="mt-4">{t("partner.empty")}</p>}
        <ul className="mt-4 grid max-w-4xl gap-4">
          {requests.map((r) => {
            const asked = words.asked(r.asked);
            const about = r.subject === "savings_plan" ? "savings-plans" : "reservations";
            return (
              <li key={r.requestId}>
                <article aria-labelledby={`request-${r.requestId}`} className="rounded-sm border border-line p-4">
                  <h3 id={`request-${r.requestId}`} className="font-semibold">
                    {t("partner.heading", {
                      company: r.companyName,
                      asked,
                      status: t(`partner.status.${r.status}`),
                    })}
                  </h3>
                  <p className="text-muted">
                    {t.rich("partner.meta", {
                      name: r.reservationName,
                      product: words.product(r.product),
                      requester: r.requestedBy,
                      // A link inside running text is underlined: colour alone does not tell it apart.
                      link: (chunks) => (
                        <Link
                          href={`/customers/${r.customerTenantId}/${about}/${r.reservationId}`}
                          className="text-brand underline hover:text-brand-dark"
                        >
                          {chunks}
                        </Link>
                      ),
                      when: () => <LocalDateTime iso={r.createdAt.toISOString()} />,
                    })}
                  </p>
                  {r.message && <blockquote className="mt-2 border-l-4 border-line pl-3">{r.message}</blockquote>}
                  {r.declineReason && <p className="mt-2">{t("partner.declined", { reason: r.declineReason })}</p>}
                  <Outcome outcome={r.outcome} />
                  {r.status === "open" && canDecide && (
                    <RequestDecision
                      requestId={r.requestId}
                      summary={t("partner.summary", { company: r.companyName, asked })}
                      approve={approveRequestAction}
                      decline={declineRequestAction}
                    />
                  )}
                </article>
              </li>
            );
          })}
        </ul>
      </>
    </ClientMessages>
  );
}
