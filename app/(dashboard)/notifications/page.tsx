import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { listNotifications, purchaseAlertsSetting } from "@/lib/notifications/notifications";
import { markNotificationsReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requirePartnerActor();
  const notifications = listNotifications(actor);
  const unread = notifications.filter((n) => !n.read).length;
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Notifications</h1>
        {unread > 0 && (
          <ActionForm
            action={markNotificationsReadAction}
            successMessage="All marked as read."
            submitLabel="Mark all as read"
          >
            {null}
          </ActionForm>
        )}
      </div>
      {!purchaseAlertsSetting(actor).enabled && (
        <p className="mt-2 text-muted">
          Purchase alerts are off: you are not notified of customers&apos; own purchases.{" "}
          <Link href="/settings" className="text-brand hover:underline">
            Settings
          </Link>
        </p>
      )}
      {notifications.length === 0 ? (
        <p className="mt-4">No notifications.</p>
      ) : (
        <ul className="mt-4 max-w-3xl divide-y divide-line border-y border-line" aria-label="Notifications">
          {notifications.map((n) => (
            <li key={n.id} className={`flex items-start justify-between gap-4 py-3 ${n.read ? "" : "font-semibold"}`}>
              <div>
                <Link href={n.link} className="hover:underline">
                  {n.read ? "" : <span className="sr-only">Unread: </span>}
                  {n.message}
                </Link>
                <span className="block text-xs font-normal text-muted">
                  <LocalDateTime iso={n.createdAt.toISOString()} />
                </span>
              </div>
              {!n.read && (
                <ActionForm
                  action={markNotificationsReadAction}
                  successMessage="Marked as read."
                  submitLabel="Mark as read"
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
