import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";

/**
 * Whether a query failed on one of the table's unique indexes: how a race lost to another request's insert shows
 * itself, whichever engine answered. PostgreSQL names the index; SQLite names its columns.
 */
export function isUniqueViolation(error: unknown, table: SQLiteTable, index: string): boolean {
  for (let e: unknown = error; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: string; constraint?: string };
    if (code === "23505") return constraint === index;
    if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
      return e.message.endsWith(`: ${sqliteColumnsOf(table, index)}`);
    }
  }
  return false;
}

function sqliteColumnsOf(table: SQLiteTable, index: string): string {
  const config = getTableConfig(table);
  const found = config.indexes.find((i) => i.config.name === index);
  if (!found) throw new Error(`${config.name} has no index ${index}`);
  return found.config.columns.map((c) => `${config.name}.${"name" in c ? c.name : "?"}`).join(", ");
}
