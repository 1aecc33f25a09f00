import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NavLink } from "@/components/shell/nav-link";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomer } from "@/lib/customers/find-customer";

/** The customer menu: each page's label (customerPages.nav.<key>) and path. */
const customerPages = [
  ["account", "account"],
  ["subscriptions", "subscriptions"],
  ["users", "users"],
  ["orders", "orders"],
  ["reservations", "reservations"],
  ["savingsPlans", "savings-plans"],
] as const;

export default async function CustomerLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ customerId: string }>;
}) {
  const actor = await requirePartnerActor();
  const { customerId } = await params;
  const customer = await getCustomer(actor, customerId);
  if (!customer) notFound();
  const t = await getTranslations("customerPages");
  const base = `/customers/${customer.tenantId}`;

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-muted">
        {/* Underlined: beside the customer's name it is a link in running text, not only a different colour. */}
        <Link href="/customers" className="text-brand underline hover:no-underline">
          {t("customers")}
        </Link>
        <span aria-hidden> / </span>
        <span>{customer.companyName}</span>
      </nav>
      <p className="mt-3 text-2xl font-semibold">{customer.companyName}</p>
      <div className="mt-4 flex gap-8">
        <nav aria-label={t("menu")} className="w-44 shrink-0">
          <ul>
            {customerPages.map(([label, page]) => (
              <li key={page}>
                <NavLink href={`${base}/${page}`}>{t(`nav.${label}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="min-w-0 flex-1">{children}</div>
      </div>
    </>
  );
}
