import type { NotificationKind, NotificationParams } from "@/db/schema";

/** What an item's part of an order wrote, as the order's activity entry and purchase alert name it. */
export type ItemWritten = {
  /** The id of what was bought: { reservationId } or { savingsPlanId }. */
  created: { reservationId: string } | { savingsPlanId: string };
  lineItems: Record<string, unknown>[];
  alert: { kind: NotificationKind; params: NotificationParams; link: string };
};
