import { openedDatabase, type Db } from "./client";

type Prepared = { execute(placeholders?: Record<string, unknown>): unknown };
type Preparable = PromiseLike<unknown> & { prepare(name?: string): unknown };

// Per opened database (tests and benches open several in one process), each query by its name.
const preparedOn = new WeakMap<object, Map<string, Prepared>>();

/**
 * A read that nearly every request makes (the session, the actor, the shell's counts), built once per database with
 * `sql.placeholder(…)` for what changes, then only run: Drizzle does not build its SQL again, and PostgreSQL keeps a
 * named statement per connection instead of parsing and planning it on every request (decision record 021).
 *
 * Only for reads outside a transaction: a prepared query belongs to the database it was built on, not to a
 * transaction's connection, which on PostgreSQL is another connection of the pool. Use cases keep reading through
 * their transaction's handle.
 */
export function preparedQuery<Query extends Preparable>(
  name: string,
  build: (db: Db) => Query,
): (placeholders: Record<string, unknown>) => Promise<Awaited<Query>> {
  return (placeholders) => {
    const open = openedDatabase();
    let byName = preparedOn.get(open.db);
    if (!byName) preparedOn.set(open.db, (byName = new Map()));
    let prepared = byName.get(name);
    if (!prepared) {
      const query = build(open.db as unknown as Db);
      // PostgreSQL's statements are named, one name per query; SQLite's are kept by the client (db/sqlite/client.ts).
      prepared = (open.engine === "postgres" ? query.prepare(name) : query.prepare()) as Prepared;
      byName.set(name, prepared);
    }
    return Promise.resolve(prepared.execute(placeholders)) as Promise<Awaited<Query>>;
  };
}
