import Link from "next/link";
import { useTranslations } from "next-intl";
import { UserMenu } from "@/components/shell/user-menu";
import type { CustomerActor } from "@/lib/access/actor";

export function PortalTopBar({ actor }: { actor: CustomerActor }) {
  const t = useTranslations("portalShell");
  const roles = useTranslations("roles");
  return (
    <header className="flex h-12 items-center justify-between bg-[#0063b1] px-4 text-white">
      <div className="flex items-center gap-3">
        <Link href="/portal/reservations" className="font-semibold">
          {t("azurePortal")}
        </Link>
        <span aria-hidden className="text-[#c7e0f4]">
          |
        </span>
        <span className="text-[#deecf9]">{actor.companyName}</span>
        <nav aria-label={t("nav")} className="ml-6 flex gap-4">
          <Link href="/portal/reservations" className="hover:underline">
            {t("reservations")}
          </Link>
          <Link href="/portal/savings-plans" className="hover:underline">
            {t("savingsPlans")}
          </Link>
          <Link href="/portal/requests" className="hover:underline">
            {t("requests")}
          </Link>
        </nav>
      </div>
      <UserMenu
        displayName={actor.displayName}
        email={actor.email}
        roleLabel={roles("customer_user")}
        organizationLabel={t("organization")}
        organizationName={actor.companyName}
        language={actor.language}
      />
    </header>
  );
}
