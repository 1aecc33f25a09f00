import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { engineOf } from "./engine";

/** `%` and `_` typed by a person are plain characters, not LIKE wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The column contains the text, ignoring case: SQLite's LIKE ignores ASCII case, PostgreSQL's ILIKE (served by the
 * trigram indexes) any case.
 */
export function containsIgnoringCase(column: AnyColumn, text: string): SQL {
  const pattern = `%${escapeLike(text)}%`;
  return engineOf() === "postgres"
    ? sql`${column} ilike ${pattern} escape '\\'`
    : sql`${column} like ${pattern} escape '\\'`;
}
