import { useLocale, useTranslations } from "next-intl";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { TableHead } from "@/components/ui/table-head";
import { formatMoney } from "@/lib/money";
import type { OrderRow } from "@/lib/orders/list-orders";

export function OrdersTable({ orders }: { orders: OrderRow[] }) {
  const t = useTranslations("orders");
  const locale = useLocale();
  if (orders.length === 0) return <p className="mt-4">{t("empty")}</p>;
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <TableHead
        columns={[
          t("columns.orderId"),
          t("columns.date"),
          t("columns.items"),
          t("columns.total"),
          t("columns.placedBy"),
          t("columns.channel"),
        ]}
      />
      <tbody>
        {orders.map((order) => (
          <tr key={order.orderId} className="border-b border-line align-top">
            <td className="py-2 pr-4 font-mono text-xs">{order.orderId}</td>
            <td className="py-2 pr-4 whitespace-nowrap">
              <LocalDateTime iso={order.createdAt.toISOString()} />
            </td>
            <td className="py-2 pr-4">
              <ul>
                {order.lines.map((line) => (
                  <li key={line.id}>
                    {t("line", { offerName: line.offerName, quantity: line.quantity })}
                    {line.unitPriceMinor !== null && (
                      <span className="text-muted">
                        {" "}
                        {t("unitPrice", { price: formatMoney(line.unitPriceMinor, order.currency, locale) })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </td>
            <td className="py-2 pr-4">
              {/* Usage-based lines have no price: such an order is billed by consumption, not a total. */}
              {order.lines.every((line) => line.unitPriceMinor === null)
                ? t("usageBased")
                : formatMoney(order.totalMinor, order.currency, locale)}
            </td>
            <td className="py-2 pr-4">
              {/* A renewal is placed by Partner Console itself: its name is a word in the reader's language. */}
              {order.channel === "auto_renewal" ? t("channel.auto_renewal") : order.placedByEmail}
            </td>
            <td className="py-2 pr-4">{t(`channel.${order.channel}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
