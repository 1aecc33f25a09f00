import { useTranslations } from "next-intl";
import { NavLink } from "./nav-link";

/** The main navigation; `openRequests` is how many customers' requests wait for an answer. */
export function LeftNav({ openRequests }: { openRequests: number }) {
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
            {openRequests > 0 && (
              <span className="ml-2 rounded-full bg-brand px-1.5 text-xs font-semibold text-white">
                {openRequests}
                <span className="sr-only"> {t("openRequests", { count: openRequests })}</span>
              </span>
            )}
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
