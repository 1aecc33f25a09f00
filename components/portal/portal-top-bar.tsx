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
        <Link href="/portal/reservations" className="inline-flex min-h-6 items-center font-semibold">
          {t("azurePortal")}
        </Link>
        <span aria-hidden className="text-[#c7e0f4]">
          |
        </span>
        <span className="text-[#deecf9]">{actor.companyName}</span>
        {/* Each link a 24 × 24 px target at least (WCAG 2.2, 2.5.8), not only spaced: e2e/accessibility.spec.ts. */}
        <nav aria-label={t("nav")} className="ml-6 flex gap-4">
          <Link href="/portal/reservations" className="inline-flex min-h-6 items-center hover:underline">
            {t("reservations")}
          </Link>
          <Link href="/portal/savings-plans" className="inline-flex min-h-6 items-center hover:underline">
            {t("savingsPlans")}
          </Link>
          <Link href="/portal/requests" className="inline-flex min-h-6 items-center hover:underline">
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
        securityInfoHref="/portal/security"
      />
    </header>
  );
}
