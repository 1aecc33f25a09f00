import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Tx } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { writeTransaction } from "@/db/transaction";

/**
 * What the job did with an item that was due: bought it again; found it no longer due when its turn came (another
 * process renewed it or said it would not be, or it was cancelled meanwhile); did not renew it because it could not be
 * billed at expiry (it expires, and the partner is told: decision record 023); or failed, to be tried again next run.
 */
export type RenewalOutcome = "renewed" | "no_longer_due" | "not_renewed" | "failed";

/** The unique index on what a renewal renews: its table and its name. */
export type RenewalIndex = { table: SQLiteTable; index: string };

/**
 * Renews each item due in its own write transaction, which re-reads the item: whatever another process did first
 * (a renewal, or the decision not to renew) is seen, so each happens once. A unique index on what a renewal renews
 * holds it too: the other's insert fails, its transaction rolls back, and the item counts as no longer due. Any other
 * failure is reported and tried again next run; it never holds up the others.
 */
export async function renewEach<T>(
  due: T[],
  renewOne: (tx: Tx, item: T) => Promise<Exclude<RenewalOutcome, "failed">>,
  renewalIndex: RenewalIndex,
  name: (item: T) => string,
): Promise<Record<RenewalOutcome, number>> {
  const counts: Record<RenewalOutcome, number> = { renewed: 0, no_longer_due: 0, not_renewed: 0, failed: 0 };
  for (const item of due) {
    try {
      counts[await writeTransaction((tx) => renewOne(tx, item))] += 1;
    } catch (error) {
      if (isUniqueViolation(error, renewalIndex.table, renewalIndex.index)) {
        counts.no_longer_due += 1;
      } else {
        counts.failed += 1;
        console.error(`Partner Console: ${name(item)} could not be renewed this run.`, error);
      }
    }
  }
  return counts;
}
