import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ExpiryDigestSwitch } from "@/components/notifications/expiry-digest-switch";
import { NotificationText } from "@/components/notifications/notification-text";
import { ActionForm } from "@/components/ui/action-form";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { expiryDigestWindow } from "@/lib/jobs/expiry-digests";
import { expiryDigestSetting, listNotifications, purchaseAlertsSetting } from "@/lib/notifications/notifications";
import { markNotificationsReadAction, setExpiryDigestAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

export default async function NotificationsPage() {
  const actor = await requirePartnerActor();
  const t = await getTranslations("notifications");
  const notifications = await listNotifications(actor);
  const unread = notifications.filter((n) => !n.read).length;
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {unread > 0 && (
          <ActionForm
            action={markNotificationsReadAction}
            successMessage={t("allMarkedRead")}
            submitLabel={t("markAllRead")}
          >
            {null}
          </ActionForm>
        )}
      </div>
      {!(await purchaseAlertsSetting(actor)).enabled && (
        <p className="mt-2 text-muted">
          {t.rich("alertsOff", {
            link: (chunks) => (
              <Link href="/settings" className="text-brand underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      <ClientMessages namespaces={["common", "expiryDigest"]}>
        <ExpiryDigestSwitch
          enabled={await expiryDigestSetting(actor)}
          withinDays={expiryDigestWindow}
          setDigest={setExpiryDigestAction}
        />
      </ClientMessages>
      {notifications.length === 0 ? (
        <p className="mt-4">{t("none")}</p>
      ) : (
        <ul className="mt-4 max-w-3xl divide-y divide-line border-y border-line" aria-label={t("listLabel")}>
          {notifications.map((n) => (
            <li key={n.id} className={`flex items-start justify-between gap-4 py-3 ${n.read ? "" : "font-semibold"}`}>
              <div>
                <Link href={n.link} className="hover:underline">
                  {n.read ? "" : <span className="sr-only">{t("unread")} </span>}
                  <NotificationText kind={n.kind} params={n.params} />
                </Link>
                <span className="block text-xs font-normal text-muted">
                  <LocalDateTime iso={n.createdAt.toISOString()} />
                </span>
              </div>
              {!n.read && (
                <ActionForm
                  action={markNotificationsReadAction}
                  successMessage={t("markedRead")}
                  submitLabel={t("markRead")}
                  look="link"
                  className="font-normal"
                >
                  <input type="hidden" name="notificationId" value={n.id} />
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
