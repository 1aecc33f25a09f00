import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { UnreadNotifications } from "./unread-notifications";
import { UserMenu } from "./user-menu";

export function TopBar({ actor }: { actor: PartnerActor }) {
  const t = useTranslations("shell");
  const roles = useTranslations();
  return (
    <header className="flex h-12 items-center justify-between bg-shell px-4 text-white">
      <div className="flex items-center gap-3">
        <Link href="/customers" className="inline-flex min-h-6 items-center font-semibold">
          Partner Console
        </Link>
        <span aria-hidden className="text-[#c8c6c4]">
          |
        </span>
        <span className="text-[#d2d0ce]">{actor.partnerName}</span>
      </div>
      <div className="flex items-center gap-1">
        <UnreadNotifications actor={actor} title={t("notifications")} />
        {can(actor.role, "viewActivityLog") && (
          <Link
            href="/activity-log"
            aria-label={t("activityLog")}
            title={t("activityLog")}
            className="flex h-12 w-12 items-center justify-center hover:bg-[#3b3a39]"
          >
            <GearIcon />
          </Link>
        )}
        <UserMenu
          displayName={actor.displayName}
          email={actor.email}
          roleLabel={roles(`roles.${actor.role}`)}
          organizationLabel={t("partner")}
          organizationName={actor.partnerName}
          language={actor.language}
          securityInfoHref="/settings/security"
        />
      </div>
    </header>
  );
}

function GearIcon() {
  return (
    <svg aria-hidden width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.6">
      <circle cx="12" cy="12" r="3" />
      <path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z" />
    </svg>
  );
}
