import { reservationRequestKinds, type ReservationRequestKind } from "@/db/schema";
import type { Words } from "@/lib/i18n/describe";
import { formatMoney } from "@/lib/money";
import { formatHourlyCommitment } from "@/lib/savings-plans/hourly-commitment";
import { azureRegions } from "@/lib/reservations/catalog";
import type { NotificationRow } from "./notifications";

const isRequestKind = (value: unknown): value is ReservationRequestKind =>
  (reservationRequestKinds as readonly unknown[]).includes(value);

/** What a notification tells, in the reader's words, from its kind and the values stored with it. */
export function notificationText(words: Words, { kind, params }: Pick<NotificationRow, "kind" | "params">): string {
  const text = (name: string) => String(params[name] ?? "");
  const total = () => formatMoney(Number(params.totalMinor), text("currency"), words.locale);
  switch (kind) {
    case "reservation_purchased":
      return words.translate("notifications.kinds.reservation_purchased", {
        buyer: text("buyer"),
        customer: text("customer"),
        quantity: Number(params.quantity),
        product: text("product"),
        // Azure's region names are proper names, the same in every language.
        region: azureRegions[text("region") as keyof typeof azureRegions] ?? text("region"),
        total: total(),
      });
    case "savings_plan_purchased": {
      // In cents like every amount; Azure's step is a thousandth of the currency unit an hour (125.5 cents: 1.255).
      const mills = Math.round(Number(params.hourlyCommitmentMinor) * 10);
      const commitment = formatHourlyCommitment(mills, words.locale);
      return words.translate("notifications.kinds.savings_plan_purchased", {
        buyer: text("buyer"),
        customer: text("customer"),
        commitment,
        currency: text("currency"),
        total: total(),
      });
    }
    case "request_opened": {
      const values = { requester: text("requester"), customer: text("customer"), subject: text("subject") };
      const requestKind = params.requestKind;
      return isRequestKind(requestKind)
        ? words.translate(`notifications.requestOpened.${requestKind}`, values)
        : text("subject");
    }
    case "written_before_translation":
      // Written before the product spoke more than one language: its words are kept as they were written.
      return text("text");
  }
}
