import { useLocale, useTranslations } from "next-intl";
import { notificationText } from "@/lib/notifications/notification-text";
import type { NotificationRow } from "@/lib/notifications/notifications";

/** A notification in the reader's language (lib/notifications/notification-text.ts puts it into words). */
export function NotificationText(notification: Pick<NotificationRow, "kind" | "params">) {
  const t = useTranslations();
  const locale = useLocale();
  return notificationText({ locale, translate: (key, values) => t(key, values) }, notification);
}
