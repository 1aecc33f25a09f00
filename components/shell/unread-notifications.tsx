import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import type { PartnerActor } from "@/lib/access/actor";
import { unreadNotificationCount } from "@/lib/notifications/notifications";

const linkClass = "relative flex h-12 w-12 items-center justify-center hover:bg-[#3b3a39]";

/**
 * The bell in the top bar with how many notifications the agent has not read. The count streams in behind Suspense,
 * so the page's own content does not wait for it; until then the bell is a plain link to the notifications.
 */
export function UnreadNotifications({ actor, title }: { actor: PartnerActor; title: string }) {
  return (
    <Suspense
      fallback={
        <Link href="/notifications" aria-label={title} title={title} className={linkClass}>
          <BellIcon />
        </Link>
      }
    >
      <CountedBell actor={actor} title={title} />
    </Suspense>
  );
}

async function CountedBell({ actor, title }: { actor: PartnerActor; title: string }) {
  const [t, unread] = await Promise.all([getTranslations("shell"), unreadNotificationCount(actor)]);
  return (
    <Link
      href="/notifications"
      aria-label={t("notificationsUnread", { count: unread })}
      title={title}
      className={linkClass}
    >
      <BellIcon />
      {unread > 0 && (
        <span
          aria-hidden
          className="absolute top-2 right-2 min-w-4 rounded-full bg-[#d13438] px-1 text-center text-[10px] leading-4 font-semibold"
        >
          {unread}
        </span>
      )}
    </Link>
  );
}

function BellIcon() {
  return (
    <svg aria-hidden width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.6">
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
