import {
  notRenewedReasons,
  reservationRequestKinds,
  type NotRenewedReason,
  type ReservationRequestKind,
} from "@/db/schema";
import type { Words } from "@/lib/i18n/describe";
import { dateTimeFormat } from "@/lib/intl-formats";
import { formatMoney } from "@/lib/money";
import { formatHourlyCommitment } from "@/lib/savings-plans/hourly-commitment";
import { azureRegions } from "@/lib/reservations/catalog";
import type { NotificationRow } from "./notifications";

const isRequestKind = (value: unknown): value is ReservationRequestKind =>
  (reservationRequestKinds as readonly unknown[]).includes(value);

const isNotRenewedReason = (value: unknown): value is NotRenewedReason =>
  (notRenewedReasons as readonly unknown[]).includes(value);

/** Why a renewal did not happen, in the reader's words (the Manage pages say it the same way). */
export function notRenewedReasonText(words: Words, reason: unknown): string {
  return isNotRenewedReason(reason) ? words.translate(`notifications.notRenewedReasons.${reason}`) : String(reason);
}

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
    case "reservation_not_renewed":
    case "savings_plan_not_renewed": {
      // A calendar date, the UTC day the term ended, as Azure bills it.
      const date = dateTimeFormat(words.locale, { dateStyle: "medium", timeZone: "UTC" }).format(
        new Date(Number(params.expiredAt)),
      );
      const values = { customer: text("customer"), date, reason: notRenewedReasonText(words, params.reason) };
      return kind === "reservation_not_renewed"
        ? words.translate("notifications.kinds.reservation_not_renewed", {
            ...values,
            reservation: text("reservation"),
            quantity: Number(params.quantity),
            product: text("product"),
          })
        : words.translate("notifications.kinds.savings_plan_not_renewed", {
            ...values,
            savingsPlan: text("savingsPlan"),
          });
    }
    case "purchase_submitted":
      return words.translate("notifications.kinds.purchase_submitted", {
        requester: text("requester"),
        customer: text("customer"),
        product: text("product"),
        total: total(),
      });
    case "expiring_soon_digest":
      return words.translate("notifications.kinds.expiring_soon_digest", {
        reservations: Number(params.reservations),
        savingsPlans: Number(params.savingsPlans),
        within: Number(params.within),
      });
    case "webhook_disabled":
      return words.translate("notifications.kinds.webhook_disabled", { url: text("url") });
    case "written_before_translation":
      // Written before the product spoke more than one language: its words are kept as they were written.
      return text("text");
  }
}
