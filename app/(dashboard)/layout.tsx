import { ClientMessages } from "@/components/i18n/client-messages";
import { LeftNav } from "@/components/shell/left-nav";
import { TopBar } from "@/components/shell/top-bar";
import { requirePartnerActor } from "@/lib/auth/current-actor";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePartnerActor();
  return (
    <div className="flex min-h-screen flex-col">
      <ClientMessages namespaces={["userMenu"]}>
        <TopBar actor={actor} />
      </ClientMessages>
      <div className="flex flex-1">
        <LeftNav actor={actor} />
        <main className="min-w-0 flex-1 px-8 py-6">{children}</main>
      </div>
    </div>
  );
}
