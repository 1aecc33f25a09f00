/**
 * The PostgreSQL schema must be the SQLite schema on another engine: use cases are typed against db/sqlite/schema.ts
 * (db/schema.ts) and run against either. This test fails on any difference a use case could notice: tables and their
 * JS names, columns (their JS keys, SQL names, the kind of value they hold, enum values, nullability, primary key,
 * defaults, uniqueness), indexes (names, uniqueness, columns or expressions, partial predicates), foreign keys and
 * check constraints. No database: it reads the drizzle definitions. The TypeScript row types are compared too, at
 * compile time (npm run typecheck).
 *
 * What is deliberately not compared: the SQL column types behind one drizzle data type (integer/bigint,
 * epoch-milliseconds integer/timestamptz, text/jsonb), and what only a migration holds (SQLite's FTS5 table and
 * PostgreSQL's search indexes, the append-only triggers).
 */
import { getTableColumns, getTableName, is, SQL, type Column, type Table } from "drizzle-orm";
import { getTableConfig as getPgTableConfig, IndexedColumn, PgDialect, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as getSqliteTableConfig, SQLiteSyncDialect, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as pgSchema from "./postgres/schema";
import * as sqliteSchema from "./sqlite/schema";

type Engine = "sqlite" | "postgres";

/** The tables a schema module exports: JS export name → SQL table name. */
function exportedTables(module: Record<string, unknown>, engine: Engine): Map<string, Table> {
  const tables = new Map<string, Table>();
  for (const [exportName, value] of Object.entries(module)) {
    if (engine === "sqlite" ? is(value, SQLiteTable) : is(value, PgTable)) tables.set(exportName, value as Table);
  }
  return tables;
}

const sqliteTables = exportedTables(sqliteSchema, "sqlite");
const pgTables = exportedTables(pgSchema, "postgres");

const sqliteDialect = new SQLiteSyncDialect();
const pgDialect = new PgDialect();

/** An SQL fragment as one engine writes it, in a form both engines' equivalents share. */
function normaliseSql(fragment: SQL, engine: Engine): string {
  const { sql: text, params } = (engine === "sqlite" ? sqliteDialect : pgDialect).sqlToQuery(fragment, "indexes");
  let normalised = text
    .replace(/\$\d+/g, "?")
    .replace(/\s+/g, " ")
    .replace(/\(\s+/g, "(")
    .replace(/\s+\)/g, ")")
    .trim();
  // SQLite's NOCASE folds ASCII letters and compares bytes; PostgreSQL's counterpart is lower(...) in byte order.
  if (engine === "sqlite") normalised = normalised.replace(/^(.*) collate nocase$/i, 'lower($1) collate "C"');
  normalised = normalised.replace(/collate "c"$/i, 'collate "C"');
  return params.length ? `${normalised} -- ${JSON.stringify(params)}` : normalised;
}

/**
 * Whether a column has a default a use case may rely on by leaving it out of an insert. An integer primary key that
 * is a foreign key (reservation_price_lists.partner_id) is SQLite's rowid, which drizzle marks as having a default;
 * it never gets one from the database in use, and PostgreSQL gives it none.
 */
function hasUsableDefault(column: Column, isForeignKey: boolean): boolean {
  if (column.primary && isForeignKey && column.default === undefined && !column.defaultFn) return false;
  return column.hasDefault;
}

function describeDefault(column: Column): unknown {
  if (column.default === undefined) return column.defaultFn ? "(computed in JS)" : null;
  // SQLite's epoch-milliseconds expression and PostgreSQL's now() are both "the time of the insert".
  return is(column.default, SQL) ? "(SQL expression)" : column.default;
}

/** Everything about a table that must agree, as plain values that toEqual compares and prints. */
function tableShape(table: Table, engine: Engine) {
  const config = engine === "sqlite" ? getSqliteTableConfig(table as SQLiteTable) : getPgTableConfig(table as PgTable);

  const foreignKeyColumns = new Set(
    config.foreignKeys.flatMap((foreignKey) => foreignKey.reference().columns.map((column) => column.name)),
  );

  const columns = Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => [
      key,
      {
        name: column.name,
        dataType: column.dataType,
        enumValues: column.enumValues ?? null,
        notNull: column.notNull,
        primary: column.primary,
        hasDefault: hasUsableDefault(column, foreignKeyColumns.has(column.name)),
        default: describeDefault(column),
        isUnique: column.isUnique,
        uniqueName: column.isUnique ? (column.uniqueName ?? null) : null,
      },
    ]),
  );

  const indexes = Object.fromEntries(
    config.indexes.map((index) => {
      const indexConfig = index.config as {
        name: string;
        unique: boolean;
        columns: unknown[];
        where?: SQL;
        method?: string;
      };
      return [
        indexConfig.name,
        {
          unique: indexConfig.unique,
          // PostgreSQL's indexes mirror SQLite's b-trees; search indexes live in the migrations.
          method: indexConfig.method ?? "btree",
          columns: indexConfig.columns.map((part) => {
            if (is(part, SQL)) return normaliseSql(part, engine);
            if (is(part, IndexedColumn)) {
              // Ascending with nulls last is PostgreSQL's default and SQLite's order; anything else is a difference.
              const { order, nulls, opClass } = part.indexConfig ?? {};
              const nonDefault = [order === "asc" ? null : order, nulls === "last" ? null : nulls && `nulls ${nulls}`];
              return [part.name, ...nonDefault, opClass].filter(Boolean).join(" ");
            }
            return (part as Column).name;
          }),
          where: indexConfig.where ? normaliseSql(indexConfig.where, engine) : null,
        },
      ];
    }),
  );

  const foreignKeys = config.foreignKeys
    .map((foreignKey) => {
      const { columns: from, foreignTable, foreignColumns } = foreignKey.reference();
      return {
        name: foreignKey.getName(),
        columns: from.map((column) => column.name),
        foreignTable: getTableName(foreignTable),
        foreignColumns: foreignColumns.map((column) => column.name),
        onDelete: foreignKey.onDelete ?? "no action",
        onUpdate: foreignKey.onUpdate ?? "no action",
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));

  const checks = config.checks
    .map((check) => ({ name: check.name, value: normaliseSql(check.value, engine) }))
    .sort((a, b) => a.name.localeCompare(b.name));

  const primaryKeys = config.primaryKeys.map((primaryKey) => ({
    name: primaryKey.getName(),
    columns: primaryKey.columns.map((column) => column.name),
  }));

  const uniqueConstraints = config.uniqueConstraints.map((constraint) => ({
    name: constraint.getName(),
    columns: constraint.columns.map((column) => column.name),
  }));

  return { name: config.name, columns, indexes, foreignKeys, checks, primaryKeys, uniqueConstraints };
}

describe("the PostgreSQL schema and the SQLite schema", () => {
  it("export the same tables under the same JS names", () => {
    const names = (tables: Map<string, Table>) =>
      Object.fromEntries([...tables].map(([exportName, table]) => [exportName, getTableName(table)]));
    expect(sqliteTables.size).toBeGreaterThan(0);
    expect(names(pgTables)).toEqual(names(sqliteTables));
  });

  it("have the same set of SQL tables", () => {
    const sqlNames = (tables: Map<string, Table>) => [...tables.values()].map((table) => getTableName(table)).sort();
    expect(sqlNames(pgTables)).toEqual(sqlNames(sqliteTables));
  });

  describe.each([...sqliteTables.keys()].filter((exportName) => pgTables.has(exportName)))("%s", (exportName) => {
    const sqlite = tableShape(sqliteTables.get(exportName)!, "sqlite");
    const postgres = tableShape(pgTables.get(exportName)!, "postgres");

    it("has the same columns, each holding the same kind of value with the same constraints", () => {
      expect(Object.keys(postgres.columns).sort()).toEqual(Object.keys(sqlite.columns).sort());
      expect(postgres.columns).toEqual(sqlite.columns);
    });

    it("has the same indexes", () => {
      expect(Object.keys(postgres.indexes).sort()).toEqual(Object.keys(sqlite.indexes).sort());
      expect(postgres.indexes).toEqual(sqlite.indexes);
    });

    it("has the same foreign keys, check constraints, composite keys and unique constraints", () => {
      expect(postgres.foreignKeys).toEqual(sqlite.foreignKeys);
      expect(postgres.checks).toEqual(sqlite.checks);
      expect(postgres.primaryKeys).toEqual(sqlite.primaryKeys);
      expect(postgres.uniqueConstraints).toEqual(sqlite.uniqueConstraints);
    });
  });

  it("give every table the same TypeScript row types (checked by tsc)", () => {
    type Sqlite = typeof sqliteSchema;
    type Pg = typeof pgSchema;
    type TableExports = { [K in keyof Sqlite]: Sqlite[K] extends SQLiteTable ? K : never }[keyof Sqlite];
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    // The tables whose selected rows, or whose insert values (which keys exist and what they hold), differ.
    type Differing = {
      [K in TableExports]: K extends keyof Pg
        ? Pg[K] extends PgTable
          ? Same<Sqlite[K]["$inferSelect"], Pg[K]["$inferSelect"]> extends true
            ? Same<Required<Sqlite[K]["$inferInsert"]>, Required<Pg[K]["$inferInsert"]>> extends true
              ? never
              : K
            : K
          : K
        : K;
    }[TableExports];
    expectTypeOf<Differing>().toEqualTypeOf<never>();
  });
});
