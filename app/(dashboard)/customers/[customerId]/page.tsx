import { redirect } from "next/navigation";

export default async function CustomerPage({ params }: { params: Promise<{ customerId: string }> }) {
  redirect(`/customers/${(await params).customerId}/account`);
}
