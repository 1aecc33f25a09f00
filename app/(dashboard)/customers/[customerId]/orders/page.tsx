import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrdersTable } from "@/components/orders/orders-table";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { getCustomer } from "@/lib/customers/find-customer";
import { listCustomerOrders } from "@/lib/orders/list-orders";

export async function generateMetadata() {
  const t = await getTranslations("orders");
  return { title: t("title") };
}

export default async function OrderHistoryPage({ params }: { params: Promise<{ customerId: string }> }) {
  const actor = await requirePartnerActor();
  const customer = await getCustomer(actor, (await params).customerId);
  if (!customer) notFound();
  const t = await getTranslations("orders");
  return (
    <>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-muted">{t("intro", { companyName: customer.companyName })}</p>
      <OrdersTable orders={await listCustomerOrders(customer)} />
    </>
  );
}
