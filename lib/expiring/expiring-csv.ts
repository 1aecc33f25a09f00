import { csvLine } from "@/lib/csv";
import type { Words } from "@/lib/i18n/describe";
import { formatMoney } from "@/lib/money";
import { formatHourlyCommitment } from "@/lib/savings-plans/hourly-commitment";
import type { ExpiringPurchase } from "./list-expiring-purchases";

/**
 * The Expiring soon list as CSV: the page's columns in the reader's words and money written their way, as the
 * Activity log's export is, with the ids a spreadsheet can match on; the end date is the instant in UTC.
 */
export function expiringCsv(items: ExpiringPurchase[], currency: string, words: Words): string {
  const say = (key: Parameters<Words["translate"]>[0], values?: Record<string, string | number>) =>
    words.translate(key, values);
  const header = csvLine([
    say("expiring.columns.customer"),
    say("expiring.csv.customerId"),
    say("expiring.csv.kind"),
    say("expiring.columns.name"),
    say("expiring.csv.id"),
    say("expiring.columns.product"),
    say("expiring.columns.term"),
    say("expiring.columns.endDate"),
    say("expiring.columns.autoRenew"),
    say("expiring.columns.renewalPrice"),
  ]);
  const lines = items.map((item) =>
    csvLine([
      item.companyName,
      item.customerTenantId,
      say(`expiring.kinds.${item.kind}`),
      item.displayName,
      item.id,
      item.kind === "reservation"
        ? say("expiring.reservationProduct", {
            quantity: item.quantity,
            product: item.productName,
            region: item.region,
          })
        : say("expiring.savingsPlanProduct", {
            commitment: formatHourlyCommitment(item.hourlyCommitmentMills, words.locale),
            currency,
          }),
      say(`expiring.terms.${item.term}`),
      item.expiresAt.toISOString(),
      say(item.autoRenew ? "expiring.autoRenew.on" : "expiring.autoRenew.off"),
      item.renewalTotalMinor === null
        ? say("expiring.noLongerSold")
        : formatMoney(item.renewalTotalMinor, currency, words.locale),
    ]),
  );
  return header + lines.join("");
}
