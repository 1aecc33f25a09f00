import Link from "next/link";
import { UserMenu } from "@/components/shell/user-menu";
import type { CustomerActor } from "@/lib/access/actor";

export function PortalTopBar({ actor }: { actor: CustomerActor }) {
  return (
    <header className="flex h-12 items-center justify-between bg-[#0063b1] px-4 text-white">
      <div className="flex items-center gap-3">
        <Link href="/portal/reservations" className="font-semibold">
          Azure portal
        </Link>
        <span aria-hidden className="text-[#c7e0f4]">
          |
        </span>
        <span className="text-[#deecf9]">{actor.companyName}</span>
        <nav aria-label="Portal" className="ml-6 flex gap-4">
          <Link href="/portal/reservations" className="hover:underline">
            Reservations
          </Link>
          <Link href="/portal/savings-plans" className="hover:underline">
            Savings plans
          </Link>
          <Link href="/portal/requests" className="hover:underline">
            Requests
          </Link>
        </nav>
      </div>
      <UserMenu
        displayName={actor.displayName}
        email={actor.email}
        roleLabel="Customer user"
        organizationLabel="Organization"
        organizationName={actor.companyName}
      />
    </header>
  );
}
