import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrdersTable } from "@/components/orders/orders-table";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomer } from "@/lib/customers/get-customer-account";
import { listCustomerOrders } from "@/lib/orders/list-orders";

export const metadata: Metadata = { title: "Order history" };

export default async function OrderHistoryPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requirePartnerActor();
  const customer = getCustomer(actor, (await params).customerId);
  if (!customer) notFound();
  return (
    <>
      <h1 className="text-xl font-semibold">Order history</h1>
      <p className="mt-1 text-muted">Every order for {customer.companyName}, newest first, whoever placed it.</p>
      <OrdersTable orders={listCustomerOrders(customer)} />
    </>
  );
}
