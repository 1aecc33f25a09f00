import { AsyncLocalStorage } from "node:async_hooks";
import { openedDatabase, type Tx } from "./client";
import { postgresTransaction } from "./postgres/client";
import { sqliteTransaction } from "./sqlite/client";

/**
 * "write" makes what a use case checked still true when it writes, whatever runs beside it (SQLite takes its write
 * lock first; PostgreSQL runs it SERIALIZABLE and again if it collided); "read" sees one moment of the data.
 */
export type TransactionMode = "write" | "read";

const inside = new AsyncLocalStorage<true>();

/**
 * Runs `work` in one transaction: committed when it returns, rolled back when it throws. On PostgreSQL `work` may run
 * more than once, so it does nothing but read and write the database. Transactions do not nest: a use case composed
 * of others calls their inner bodies with the same transaction (decision record 024).
 */
export async function transaction<T>(mode: TransactionMode, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (inside.getStore()) throw new Error("A transaction was opened inside another one: pass the transaction on.");
  const open = openedDatabase();
  return inside.run(true, () =>
    open.engine === "postgres"
      ? postgresTransaction(open.db, mode, work as never)
      : sqliteTransaction(open.db, mode, work as never),
  );
}

export const writeTransaction = <T>(work: (tx: Tx) => Promise<T>) => transaction("write", work);
