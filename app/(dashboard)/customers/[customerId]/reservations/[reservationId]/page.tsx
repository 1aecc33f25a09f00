import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { ManageReservation } from "@/components/reservations/manage-reservation";
import { TradeInSection } from "@/components/savings-plans/trade-in-section";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { formatMoney } from "@/lib/money";
import { orderChannelLabels } from "@/lib/orders/channel-labels";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { billingPlanLabels, findProduct, reservationCatalog, termLabels } from "@/lib/reservations/catalog";
import { getReservationDetails, reservationHistory } from "@/lib/reservations/get-reservation-details";
import { regionName, scopeDescription } from "@/lib/reservations/labels";
import { productOptions } from "@/lib/reservations/product-options";
import { reservationStateLabels } from "@/lib/reservations/reservation-state";
import { canExchange } from "@/lib/reservations/return-rules";
import { canTradeIn } from "@/lib/savings-plans/savings-plan-rules";
import {
  calculateExchangeAction,
  calculateRefundAction,
  calculateTradeInAction,
  changeReservationScopeAction,
  exchangeReservationAction,
  refundReservationAction,
  setReservationAutoRenewAction,
  tradeInReservationAction,
} from "./actions";

export const metadata: Metadata = { title: "Manage reservation" };

type Params = { params: Promise<{ customerId: string; reservationId: string }> };

export default async function ManageReservationPage({ params }: Params) {
  const actor = await requirePartnerActor();
  const { customerId, reservationId } = await params;
  const r = getReservationDetails(actor, customerId, reservationId);
  if (!r) notFound();
  const product = findProduct(r.catalogItemId)!;

  const details: [string, React.ReactNode][] = [
    ["Reservation ID", <span className="font-mono text-xs">{r.reservationId}</span>],
    ["Reservation order ID", <span className="font-mono text-xs">{r.orderNumber}</span>],
    ["Product", r.productName],
    ["Region", regionName(r.region)],
    ["Quantity", r.quantity],
    ["Term", termLabels[r.term]],
    ["Billing frequency", billingPlanLabels[r.billingPlan]],
    [
      "Scope",
      `${scopeDescription(r.scope, r.resourceGroup)}${r.scopeSubscription ? ` in ${r.scopeSubscription.friendlyName} (${r.scopeSubscription.subscriptionId})` : ""}`,
    ],
    ["Purchase date", <LocalDateTime iso={r.createdAt.toISOString()} />],
    ["Expires", <LocalDateTime iso={r.expiresAt.toISOString()} />],
    ["Auto-renew", r.autoRenew ? "On" : "Off"],
    ["Status", reservationStateLabels[r.state]],
    ["Purchased by", `${r.purchasedByName ?? r.purchasedBy} (${orderChannelLabels[r.channel]})`],
    [
      "Price",
      r.billingPlan === "monthly"
        ? `${formatMoney(r.priceMinor, r.currency)} for the term, billed monthly`
        : `${formatMoney(r.priceMinor, r.currency)}, paid up front`,
    ],
  ];

  return (
    <>
      <Link href={`/customers/${r.customerTenantId}/reservations`} className="text-brand hover:underline">
        ← Reservations
      </Link>
      <h1 className="mt-2 text-xl font-semibold">{r.displayName}</h1>
      <dl className="mt-4 grid max-w-3xl grid-cols-[14rem_1fr] gap-x-4 gap-y-1">
        {details.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-muted">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="history-heading" className="mt-6 max-w-4xl">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <table className="mt-2 w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-line text-muted">
              {["Date", "Order", "What", "Quantity", "Amount", "By"].map((h) => (
                <th key={h} scope="col" className="py-2 pr-4 font-semibold">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {reservationHistory(r.rowId, r.purchaseOrderRowId).map((line) => (
              <tr key={`${line.orderId}-${line.offerName}`} className="border-b border-line">
                <td className="py-2 pr-4 whitespace-nowrap">
                  <LocalDateTime iso={line.at.toISOString()} />
                </td>
                <td className="py-2 pr-4 font-mono text-xs">{line.orderId}</td>
                <td className="py-2 pr-4">{line.offerName}</td>
                <td className="py-2 pr-4">{line.quantity}</td>
                <td className="py-2 pr-4">{formatMoney(line.amountMinor, line.currency)}</td>
                <td className="py-2 pr-4">{line.placedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {r.state !== "active" ? (
        <p className="mt-6 text-muted">
          This reservation is {reservationStateLabels[r.state].toLowerCase()}: there is nothing left to manage.
        </p>
      ) : r.viewerCanManage ? (
        <>
          <ManageReservation
            reservationId={r.reservationId}
            quantity={r.quantity}
            scope={r.scope}
            scopeSubscriptionId={r.scopeSubscription?.subscriptionId ?? null}
            resourceGroup={r.resourceGroup}
            autoRenew={r.autoRenew}
            billingSubscriptionId={r.billingSubscription.subscriptionId}
            subscriptions={billingSubscriptionOptions(actor, r.customerId)}
            products={productOptions()}
            exchangeProductIds={reservationCatalog.filter((p) => canExchange(product, p)).map((p) => p.catalogItemId)}
            actions={{
              changeScope: changeReservationScopeAction,
              setAutoRenew: setReservationAutoRenewAction,
              calculateRefund: calculateRefundAction,
              refund: refundReservationAction,
              calculateExchange: calculateExchangeAction,
              exchange: exchangeReservationAction,
            }}
          />
          {canTradeIn(product) && (
            <TradeInSection
              reservationId={r.reservationId}
              quantity={r.quantity}
              currency={r.currency}
              calculate={calculateTradeInAction}
              tradeIn={tradeInReservationAction}
            />
          )}
        </>
      ) : (
        <p className="mt-6 text-muted">
          Only Admin agents can exchange, cancel, renew or change the scope of a reservation. You have read-only access.
        </p>
      )}
    </>
  );
}
