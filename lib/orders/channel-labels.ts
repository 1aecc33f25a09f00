import type { OrderChannel } from "@/db/schema";

export const orderChannelLabels: Record<OrderChannel, string> = {
  partner: "Partner",
  customer_self_service: "Customer self-service",
  auto_renewal: "Auto-renewal",
};
