import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PartnerReservationsTable } from "@/components/reservations/partner-reservations-table";
import { ReservationPurchaseForm } from "@/components/reservations/reservation-purchase-form";
import { can } from "@/lib/access/roles";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomer } from "@/lib/customers/get-customer-account";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { listReservations } from "@/lib/reservations/list-reservations";
import { productOptions } from "@/lib/reservations/product-options";
import { purchaseReservationAction, quoteReservationAction } from "./actions";

export const metadata: Metadata = { title: "Reservations" };

export default async function CustomerReservationsPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requirePartnerActor();
  const customer = getCustomer(actor, (await params).customerId);
  if (!customer) notFound();

  return (
    <>
      <h1 className="text-xl font-semibold">Reservations</h1>
      <p className="mt-1 max-w-3xl text-muted">
        Every Azure reservation of {customer.companyName}, bought by you or by the customer. Only you can exchange,
        cancel, renew or change the scope of a reservation (Manage); the customer has to ask you.
      </p>
      <PartnerReservationsTable customerId={customer.tenantId} reservations={listReservations(customer.id)} />
      {can(actor.role, "buyReservationsOnBehalf") && (
        <section aria-labelledby="buy-heading" className="mt-8">
          <h2 id="buy-heading" className="text-lg font-semibold">
            Buy a reservation on behalf of {customer.companyName}
          </h2>
          <p className="mt-1 text-muted">
            No customer permission is needed for this; an active Azure plan or Azure Global subscription is. The
            customer&apos;s price comes from your reservation prices.
          </p>
          <ReservationPurchaseForm
            products={productOptions()}
            subscriptions={billingSubscriptionOptions(actor, customer.id)}
            customerId={customer.tenantId}
            quote={quoteReservationAction}
            purchase={purchaseReservationAction}
          />
        </section>
      )}
    </>
  );
}
