import { exportExpiringPurchases } from "@/lib/expiring/list-expiring-purchases";
import { expiringCsv } from "@/lib/expiring/expiring-csv";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { readerWords } from "@/lib/i18n/server";

/**
 * The Expiring soon list as CSV, with the filters and order the page shows, every page of it: a download for a
 * person, its headers and values in the reader's language. Programs read the list through the API.
 */
export const GET = apiRoute(
  async ({ request, actorRef }) => {
    const result = await exportExpiringPurchases(actorRef, Object.fromEntries(new URL(request.url).searchParams));
    if (!result.ok) return refusal(result);
    const words = await readerWords();
    const fileName = words.translate("expiring.csv.fileName", { days: result.data.within });
    // A byte-order mark, so spreadsheet programs read the names as UTF-8.
    return new Response(`\uFEFF${expiringCsv(result.data.items, result.data.currency, words)}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  },
  { sessionOnly: true },
);
