import { useTranslations } from "next-intl";
import type { Customer } from "@/db/schema";

export function CustomerAccountInfo({ customer }: { customer: Customer }) {
  const t = useTranslations("account");
  const address = [
    customer.addressLine1,
    [customer.city, customer.state, customer.postalCode].filter(Boolean).join(", "),
    customer.country,
  ];
  const fields: [string, React.ReactNode][] = [
    [t("fields.companyName"), customer.companyName],
    [
      t("fields.microsoftId"),
      <span key="id" className="font-mono text-xs">
        {customer.tenantId}
      </span>,
    ],
    [t("fields.primaryDomain"), customer.primaryDomain],
    [
      t("fields.address"),
      address.map((line) => (
        <span key={line} className="block">
          {line}
        </span>
      )),
    ],
    [t("fields.primaryContact"), `${customer.contactFirstName} ${customer.contactLastName}`],
    [t("fields.email"), customer.contactEmail],
    [t("fields.phone"), customer.contactPhone ?? "—"],
  ];
  return (
    <section aria-labelledby="account-info-heading" className="mt-4">
      <h2 id="account-info-heading" className="text-lg font-semibold">
        {t("infoHeading")}
      </h2>
      <dl className="mt-3 grid max-w-3xl grid-cols-[12rem_1fr] gap-x-6 gap-y-2">
        {fields.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
