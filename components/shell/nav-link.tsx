"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A navigation link that marks itself as the current page (or section) for people and screen readers. */
export function NavLink({
  href,
  exact = false,
  children,
}: {
  href: string;
  exact?: boolean;
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const current = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`block border-l-2 px-4 py-2 hover:bg-[#e1dfdd] ${
        current ? "border-brand bg-white font-semibold" : "border-transparent"
      }`}
    >
      {children}
    </Link>
  );
}
