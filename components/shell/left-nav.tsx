import { useTranslations } from "next-intl";
import type { PartnerActor } from "@/lib/access/actor";
import { NavLink } from "./nav-link";
import { OpenRequests } from "./open-requests";

/** The main navigation, with how many customers' requests wait for an answer beside "Requests". */
export function LeftNav({ actor }: { actor: PartnerActor }) {
  const t = useTranslations("shell");
  return (
    <nav aria-label={t("mainNav")} className="w-56 shrink-0 border-r border-line bg-nav py-4">
      <p className="px-4 pb-1 text-xs font-semibold uppercase tracking-wide text-muted">{t("csp")}</p>
      <ul>
        <li>
          <NavLink href="/customers">{t("customers")}</NavLink>
        </li>
        <li>
          <NavLink href="/requests">
            {t("requests")}
            <OpenRequests actor={actor} />
          </NavLink>
        </li>
        <li>
          <NavLink href="/expiring">{t("expiring")}</NavLink>
        </li>
        <li>
          <NavLink href="/pricing">{t("pricing")}</NavLink>
        </li>
      </ul>
      <p className="mt-4 px-4 pb-1 text-xs font-semibold uppercase tracking-wide text-muted">{t("accountSettings")}</p>
      <ul>
        <li>
          <NavLink href="/settings">{t("settings")}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
