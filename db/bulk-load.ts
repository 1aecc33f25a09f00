import type Database from "better-sqlite3";

/**
 * Loads many rows into these tables the way SQLite loads fastest, for the scale seed (`npm run db:seed -- --customers
 * 100000 --activity 1000000`: 25–38 s before, see docs/decisions/021-speed.md). In one transaction: their plain
 * indexes and insert triggers are set aside, the rows go in, and the indexes are built once from the stored
 * definitions (a sort, instead of a million random B-tree inserts); the triggers come back as they were, and the
 * full-text indexes they keep (those whose content is one of these tables, such as `customer_search`) are rebuilt
 * once; anything else they would have written is the caller's to write. Meanwhile: a rollback journal instead of the WAL (which writes
 * every page twice), no fsync, no foreign-key lookups (the caller's rows are consistent by construction), a large
 * page cache and two sorter threads; the connection gets its usual settings back after. Unique indexes stay, so a
 * duplicate is still refused. Not for the app: it needs the database to itself while it runs. PostgreSQL's counterpart is
 * `db/postgres/bulk-load.ts`.
 */
export function bulkLoad(sqlite: Database.Database, tables: string[], load: () => void): void {
  const setAside = sqlite
    .prepare(
      `select type, name, sql from sqlite_master
       where tbl_name in (${tables.map(() => "?").join(", ")}) and sql is not null
         and ((type = 'index' and sql not like 'CREATE UNIQUE %') or (type = 'trigger' and sql like '% AFTER INSERT %'))`,
    )
    .all(...tables) as { type: "index" | "trigger"; name: string; sql: string }[];
  const fullTextIndexes = sqlite
    .prepare(
      `select name from sqlite_master
       where type = 'table' and sql like 'CREATE VIRTUAL TABLE %' and (${tables.map(() => "sql like ?").join(" or ")})`,
    )
    .pluck()
    .all(...tables.map((table) => `%content='${table}'%`)) as string[];
  const settings = ["journal_mode", "synchronous", "foreign_keys", "cache_size", "threads"].map(
    (name) => [name, sqlite.pragma(name, { simple: true })] as const,
  );
  sqlite.pragma("journal_mode = DELETE");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("foreign_keys = OFF");
  sqlite.pragma("cache_size = -1048576");
  sqlite.pragma("threads = 2");
  try {
    sqlite.transaction(() => {
      for (const { type, name } of setAside) sqlite.exec(`drop ${type} "${name}"`);
      load();
      for (const { sql } of setAside) sqlite.exec(sql);
      for (const name of fullTextIndexes) sqlite.exec(`insert into "${name}"("${name}") values ('rebuild')`);
    })();
  } finally {
    for (const [name, value] of settings) sqlite.pragma(`${name} = ${value}`);
  }
}
