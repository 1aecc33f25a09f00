import type { ExpiringSort, SortOrder } from "./expiring-query";

/** What the list is sorted on, of each row. */
export type Sortable = {
  companyName: string;
  expiresAt: Date;
  /** The renewal's total today; null when it is no longer sold, and so can't be renewed. */
  renewalTotalMinor: number | null;
  /** Its Microsoft ID: the last tie-breaker, so that pages never overlap. */
  id: string;
};

const byName = new Intl.Collator("en", { sensitivity: "base" });

function compareOn(sort: ExpiringSort, a: Sortable, b: Sortable): number {
  if (sort === "customer") return byName.compare(a.companyName, b.companyName);
  if (sort === "renewalPrice") return (a.renewalTotalMinor ?? 0) - (b.renewalTotalMinor ?? 0);
  return a.expiresAt.getTime() - b.expiresAt.getTime();
}

/**
 * Sorts the list: on the column asked for, either way; then by end date, then by id. What can no longer be renewed
 * has no renewal price, and comes last whichever way renewal prices are sorted.
 */
export function sortExpiring<T extends Sortable>(rows: T[], sort: ExpiringSort, order: SortOrder): T[] {
  const direction = order === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort === "renewalPrice" && (a.renewalTotalMinor === null) !== (b.renewalTotalMinor === null)) {
      return a.renewalTotalMinor === null ? 1 : -1;
    }
    return (
      direction * compareOn(sort, a, b) ||
      a.expiresAt.getTime() - b.expiresAt.getTime() ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
}
