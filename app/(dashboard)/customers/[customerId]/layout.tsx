import Link from "next/link";
import { notFound } from "next/navigation";
import { NavLink } from "@/components/shell/nav-link";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomer } from "@/lib/customers/get-customer-account";

const customerPages = [
  ["Account", "account"],
  ["Subscriptions", "subscriptions"],
  ["Users", "users"],
  ["Order history", "orders"],
  ["Reservations", "reservations"],
  ["Savings plans", "savings-plans"],
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
  const customer = getCustomer(actor, customerId);
  if (!customer) notFound();
  const base = `/customers/${customer.tenantId}`;

  return (
    <>
      <nav aria-label="Breadcrumb" className="text-muted">
        <Link href="/customers" className="text-brand hover:underline">
          Customers
        </Link>
        <span aria-hidden> / </span>
        <span>{customer.companyName}</span>
      </nav>
      <p className="mt-3 text-2xl font-semibold">{customer.companyName}</p>
      <div className="mt-4 flex gap-8">
        <nav aria-label="Customer menu" className="w-44 shrink-0">
          <ul>
            {customerPages.map(([label, page]) => (
              <li key={page}>
                <NavLink href={`${base}/${page}`}>{label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="min-w-0 flex-1">{children}</div>
      </div>
    </>
  );
}
