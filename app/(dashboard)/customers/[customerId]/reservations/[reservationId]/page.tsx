import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { autoRenewInWords } from "@/components/manage/auto-renew-in-words";
import { AutoRenewSection } from "@/components/manage/auto-renew-section";
import { ManagePage, type Detail } from "@/components/manage/manage-page";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { ExchangeSection, RefundSection, ReservationScopeSection } from "@/components/reservations/manage-reservation";
import { TradeInSection } from "@/components/savings-plans/trade-in-section";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { formatMoney } from "@/lib/money";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { findProduct, reservationCatalog } from "@/lib/reservations/catalog";
import { getReservationDetails, reservationHistory } from "@/lib/reservations/get-reservation-details";
import { regionName } from "@/lib/reservations/labels";
import { productOptions } from "@/lib/reservations/product-options";
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
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reservations");
  return { title: t("manage.metaTitle") };
}

type Params = { params: Promise<{ customerId: string; reservationId: string }> };

/** A reservation's details and history, and what the partner can change: scope, renewal, cancel, exchange, trade-in. */
export default async function ManageReservationPage({ params }: Params) {
  const actor = await requirePartnerActor();
  const { customerId, reservationId } = await params;
  const r = await getReservationDetails(actor, customerId, reservationId);
  if (!r) notFound();
  const product = findProduct(r.catalogItemId)!;
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("reservations"),
    getTranslations("reservationCatalog"),
    getFormatter(),
    getLocale(),
  ]);
  const money = (amountMinor: number, currency = r.currency) => formatMoney(amountMinor, currency, locale);
  const scope =
    r.scope === "resource_group" ? t("scopeInGroup", { resourceGroup: r.resourceGroup ?? "" }) : t(`scope.${r.scope}`);
  // An auto-renewal is placed by Partner Console itself: it is named in the reader's words.
  const buyer = r.channel === "auto_renewal" ? t("channel.auto_renewal") : (r.purchasedByName ?? r.purchasedBy);
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

  const details: Detail[] = [
    [t("manage.field.reservationId"), <span className="font-mono text-xs">{r.reservationId}</span>],
    [t("manage.field.orderId"), <span className="font-mono text-xs">{r.orderNumber}</span>],
    [t("manage.field.product"), r.productName],
    [t("manage.field.region"), regionName(r.region)],
    [t("manage.field.quantity"), format.number(r.quantity)],
    [t("manage.field.term"), tc(`term.${r.term}`)],
    [t("manage.field.billingFrequency"), tc(`billingPlan.${r.billingPlan}`)],
    [
      t("manage.field.scope"),
      r.scopeSubscription
        ? t("manage.scopeIn", {
            scope,
            subscription: r.scopeSubscription.friendlyName,
            subscriptionId: r.scopeSubscription.subscriptionId,
          })
        : scope,
    ],
    [t("manage.field.purchaseDate"), <LocalDateTime iso={r.createdAt.toISOString()} />],
    [
      t("manage.field.expires"),
      <time dateTime={r.expiresAt.toISOString()}>{format.dateTime(r.expiresAt, { dateStyle: "medium" })}</time>,
    ],
    [t("manage.field.autoRenew"), await autoRenewInWords(r, (values) => t("manage.notRenewed", values))],
    [t("manage.field.status"), t(`state.${r.state}`)],
    [t("manage.field.purchasedBy"), `${buyer} (${t(`channel.${r.channel}`)})`],
    [
      t("manage.field.price"),
      r.billingPlan === "monthly"
        ? t("manage.priceMonthly", { price: money(r.priceMinor) })
        : t("manage.priceUpfront", { price: money(r.priceMinor) }),
    ],
  ];
  const historyColumns = [
    t("manage.history.date"),
    t("manage.history.order"),
    t("manage.history.what"),
    t("manage.history.quantity"),
    t("manage.history.amount"),
    t("manage.history.by"),
  ];
  const history = (
    <section aria-labelledby="history-heading" className="mt-6 max-w-4xl">
      <h2 id="history-heading" className="text-lg font-semibold">
        {t("manage.history.heading")}
      </h2>
      <table className="mt-2 w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-line text-muted">
            {historyColumns.map((h) => (
              <th key={h} scope="col" className="py-2 pr-4 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(await reservationHistory(r.rowId, r.purchaseOrderRowId)).map((line) => (
            <tr key={`${line.orderId}-${line.offerName}`} className="border-b border-line">
              <td className="py-2 pr-4 whitespace-nowrap">
                <LocalDateTime iso={line.at.toISOString()} />
              </td>
              <td className="py-2 pr-4 font-mono text-xs">{line.orderId}</td>
              <td className="py-2 pr-4">{line.offerName}</td>
              <td className="py-2 pr-4">{format.number(line.quantity)}</td>
              <td className="py-2 pr-4">{money(line.amountMinor, line.currency)}</td>
              <td className="py-2 pr-4">
                {line.channel === "auto_renewal" ? t("channel.auto_renewal") : line.placedBy}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
  const subscriptions = await billingSubscriptionOptions(actor, r.customerId);
  // Cancelling, exchanging and trading in each return some of it: at most what it holds.
  const returnable = { reservationId: r.reservationId, quantity: r.quantity };

  return (
    <ClientMessages namespaces={["manage", "reservationCatalog", "reservations", "savingsPlans"]}>
      <ManagePage
        back={{ href: `/customers/${r.customerTenantId}/reservations`, label: t("manage.back") }}
        title={r.displayName}
        details={details}
        history={history}
        ended={r.state === "active" ? null : t("manage.nothingLeft", { state: r.state })}
        readOnly={r.viewerCanManage ? null : t("manage.readOnly")}
      >
        <ReservationScopeSection
          reservationId={r.reservationId}
          scope={r.scope}
          scopeSubscriptionId={r.scopeSubscription?.subscriptionId ?? null}
          resourceGroup={r.resourceGroup}
          subscriptions={subscriptions}
          changeScope={changeReservationScopeAction}
        />
        <AutoRenewSection
          customerId={r.customerTenantId}
          autoRenew={r.autoRenew}
          setAutoRenew={setReservationAutoRenewAction.bind(null, r.reservationId)}
        >
          <p className="mt-1">
            {r.autoRenew
              ? t.rich("manage.renewal.isOnStrong", { strong })
              : t.rich("manage.renewal.isOffStrong", { strong })}{" "}
            {r.autoRenew ? t("manage.renewal.onExplained") : t("manage.renewal.offExplained")}
          </p>
        </AutoRenewSection>
        <RefundSection {...returnable} calculateRefund={calculateRefundAction} refund={refundReservationAction} />
        <ExchangeSection
          {...returnable}
          billingSubscriptionId={r.billingSubscription.subscriptionId}
          products={productOptions()}
          exchangeProductIds={reservationCatalog.filter((p) => canExchange(product, p)).map((p) => p.catalogItemId)}
          calculateExchange={calculateExchangeAction}
          exchange={exchangeReservationAction}
        />
        {canTradeIn(product) && (
          <TradeInSection
            {...returnable}
            currency={r.currency}
            calculateTradeIn={calculateTradeInAction}
            tradeIn={tradeInReservationAction}
          />
        )}
      </ManagePage>
    </ClientMessages>
  );
}
