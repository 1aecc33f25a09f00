import type { Customer } from "@/db/schema";

export function CustomerAccountInfo({ customer }: { customer: Customer }) {
  const address = [
    customer.addressLine1,
    [customer.city, customer.state, customer.postalCode].filter(Boolean).join(", "),
    customer.country,
  ];
  const fields: [string, React.ReactNode][] = [
    ["Company name", customer.companyName],
    [
      "Microsoft ID",
      <span key="id" className="font-mono text-xs">
        {customer.tenantId}
      </span>,
    ],
    ["Primary domain", customer.primaryDomain],
    [
      "Address",
      address.map((line) => (
        <span key={line} className="block">
          {line}
        </span>
      )),
    ],
    ["Primary contact", `${customer.contactFirstName} ${customer.contactLastName}`],
    ["Email", customer.contactEmail],
    ["Phone", customer.contactPhone ?? "—"],
  ];
  return (
    <section aria-labelledby="account-info-heading" className="mt-4">
      <h2 id="account-info-heading" className="text-lg font-semibold">
        Customer account info
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
