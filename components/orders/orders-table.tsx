import { LocalDateTime } from "@/components/ui/local-date-time";
import { orderChannelLabels as channelLabels } from "@/lib/orders/channel-labels";
import { formatMoney } from "@/lib/money";
import type { OrderRow } from "@/lib/orders/list-orders";
import { TableHead } from "@/components/ui/table-head";

function orderTotal(order: OrderRow): string {
  return order.lines.every((line) => line.unitPriceMinor === null)
    ? "Usage-based"
    : formatMoney(order.totalMinor, order.currency);
}

export function OrdersTable({ orders }: { orders: OrderRow[] }) {
  if (orders.length === 0) return <p className="mt-4">No orders yet.</p>;
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <TableHead columns={["Order ID", "Date", "Items", "Total", "Placed by", "Channel"]} />
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
                    {line.offerName} × {line.quantity}
                    {line.unitPriceMinor !== null && (
                      <span className="text-muted"> at {formatMoney(line.unitPriceMinor, order.currency)}</span>
                    )}
                  </li>
                ))}
              </ul>
            </td>
            <td className="py-2 pr-4">{orderTotal(order)}</td>
            <td className="py-2 pr-4">{order.placedByEmail}</td>
            <td className="py-2 pr-4">{channelLabels[order.channel]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
