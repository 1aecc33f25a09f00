import { ClientMessages } from "@/components/i18n/client-messages";
import { PortalTopBar } from "@/components/portal/portal-top-bar";
import { requireCustomerActor } from "@/lib/auth/current-actor";

/** The customer's side: a stand-in for the Azure portal, deliberately unlike the partner dashboard. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireCustomerActor();
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <ClientMessages namespaces={["userMenu"]}>
        <PortalTopBar actor={actor} />
      </ClientMessages>
      <main className="mx-auto w-full max-w-6xl flex-1 px-8 py-6">{children}</main>
    </div>
  );
}
