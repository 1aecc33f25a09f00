import { NavLink } from "./nav-link";

/** The main navigation; `openRequests` is how many customers' requests wait for an answer. */
export function LeftNav({ openRequests }: { openRequests: number }) {
  return (
    <nav aria-label="Main" className="w-56 shrink-0 border-r border-line bg-nav py-4">
      <p className="px-4 pb-1 text-xs font-semibold uppercase tracking-wide text-muted">CSP</p>
      <ul>
        <li>
          <NavLink href="/customers">Customers</NavLink>
        </li>
        <li>
          <NavLink href="/requests">
            Requests
            {openRequests > 0 && (
              <span className="ml-2 rounded-full bg-brand px-1.5 text-xs font-semibold text-white">
                {openRequests}
                <span className="sr-only"> open</span>
              </span>
            )}
          </NavLink>
        </li>
        <li>
          <NavLink href="/pricing">Reservation prices</NavLink>
        </li>
      </ul>
      <p className="mt-4 px-4 pb-1 text-xs font-semibold uppercase tracking-wide text-muted">Account settings</p>
      <ul>
        <li>
          <NavLink href="/settings">Settings</NavLink>
        </li>
      </ul>
    </nav>
  );
}
