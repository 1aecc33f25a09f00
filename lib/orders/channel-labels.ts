import type { OrderChannel } from "@/db/schema";

/**
 * @deprecated English only: show a channel with the catalogue's `orders.channel.<channel>` (e.g.
 * ``t(`orders.channel.${channel}`)``). Kept until the reservations and savings plans pages stop importing it.
 */
export const orderChannelLabels: Record<OrderChannel, string> = {
  partner: "Partner",
  customer_self_service: "Customer self-service",
  auto_renewal: "Auto-renewal",
};
