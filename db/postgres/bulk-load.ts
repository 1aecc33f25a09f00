import type pg from "pg";

/**
 * Loads many rows into these tables the way PostgreSQL loads fastest, for the scale seed (PostgreSQL's side of
 * `db/bulk-load.ts`). On one connection, in one transaction: the tables' plain indexes (not the primary keys, not the
 * unique ones) and their foreign keys are set aside, `load` inserts the rows, then the indexes are built once from
 * their stored definitions (a sort, instead of a million inserts into B-trees and trigram GIN indexes) and the foreign
 * keys are added back, which checks every row in one join instead of three lookups per row. No fsync wait at commit,
 * and a large memory budget for the index builds. Unique indexes stay, so a duplicate is still refused, and a failed
 * load rolls back with the indexes and keys as they were. Afterwards the tables are analyzed, so the planner knows
 * their new size at once.
 *
 * Setting an index aside locks its table against every other reader and writer until the commit: not for the app
 * while people use it.
 */
export async function bulkLoadPostgres(
  pool: pg.Pool,
  tables: string[],
  load: (client: pg.PoolClient) => Promise<void>,
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    try {
      await client.query("set local synchronous_commit = off");
      await client.query("set local maintenance_work_mem = '256MB'");
      const { rows: indexes } = await client.query<{ name: string; definition: string }>(
        `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
         from pg_index i
         where i.indrelid = any($1::regclass[]) and not i.indisunique and not i.indisprimary
         order by i.indexrelid`,
        [tables],
      );
      const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
        `select conrelid::regclass::text as table, quote_ident(conname) as name,
           pg_get_constraintdef(oid) as definition
         from pg_constraint
         where contype = 'f' and conrelid = any($1::regclass[])
         order by oid`,
        [tables],
      );
      for (const { table, name } of foreignKeys) await client.query(`alter table ${table} drop constraint ${name}`);
      for (const { name } of indexes) await client.query(`drop index ${name}`);
      await load(client);
      for (const { definition } of indexes) await client.query(definition);
      for (const { table, name, definition } of foreignKeys) {
        await client.query(`alter table ${table} add constraint ${name} ${definition}`);
      }
      await client.query("commit");
    } catch (error) {
      await client.query("rollback").catch(() => {});
      throw error;
    }
    await client.query(`analyze ${tables.map((table) => client.escapeIdentifier(table)).join(", ")}`);
  } finally {
    client.release();
  }
}

/** Reserves `count` ids of the table's identity column, in a row: returns the first. */
export async function reserveIds(client: pg.PoolClient, table: string, count: number): Promise<number> {
  if (count === 0) return 0;
  // Held to the end of the caller's transaction: nobody inserts into the table, so nobody draws ids in between.
  await client.query(`lock table ${client.escapeIdentifier(table)} in share row exclusive mode`);
  const { rows } = await client.query<{ first: string }>(
    `with sequence as (select pg_get_serial_sequence($1, 'id') as name)
     select setval(name, nextval(name) + $2 - 1) - $2 + 1 as first from sequence`,
    [table, count],
  );
  return Number(rows[0].first);
}
