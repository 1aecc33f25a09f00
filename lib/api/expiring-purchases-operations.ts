import { expiringQuery } from "@/lib/expiring/expiring-query";
import { expiringPurchasesPage } from "./expiring-purchases-api";
import type { ApiOperation } from "./operations";

/** The Expiring soon list in the partner API (the dashboard's /expiring page, as data). */
export const expiringPurchasesOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/expiringPurchases",
    operationId: "listExpiringPurchases",
    summary: "List reservations and savings plans that expire soon",
    description:
      "Every customer's active reservations and savings plans that end within 30, 60 or 90 days, with auto-renew and the price of renewing each at today's prices (what its renewal order would total now). Filter by kind, auto-renew and company name; sort by endDate, customer or renewalPrice; a page at a time (`page`, `size`).",
    tag: "Expiring soon",
    query: expiringQuery,
    success: { status: 200, description: "A page of the list.", schema: expiringPurchasesPage },
    refusals: [400, 403],
  },
];
