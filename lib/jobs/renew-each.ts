import { getDb, type Tx } from "@/db/client";

export type RenewalOutcome = "renewed" | "already_renewed" | "not_billable" | "failed";

/**
 * Renews each item due in its own IMMEDIATE transaction. A unique index on what a renewal renews makes it exactly
 * once, whichever process gets there first: the other's insert fails and counts as already renewed. Any other
 * failure is reported and tried again next run; it never holds up the others.
 */
export function renewEach<T>(
  due: T[],
  renewOne: (tx: Tx, item: T) => Exclude<RenewalOutcome, "failed">,
  renewalIndex: RegExp,
  name: (item: T) => string,
): Record<RenewalOutcome, number> {
  const counts: Record<RenewalOutcome, number> = { renewed: 0, already_renewed: 0, not_billable: 0, failed: 0 };
  for (const item of due) {
    try {
      counts[getDb().transaction((tx) => renewOne(tx, item), { behavior: "immediate" })] += 1;
    } catch (error) {
      if (error instanceof Error && renewalIndex.test(error.message)) {
        counts.already_renewed += 1;
      } else {
        counts.failed += 1;
        console.error(`Partner Console: ${name(item)} could not be renewed this run.`, error);
      }
    }
  }
  return counts;
}
