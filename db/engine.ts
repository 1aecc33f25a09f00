export type Engine = "sqlite" | "postgres";

/** `DATABASE_URL` names the database: `postgres://` or `postgresql://` for PostgreSQL, else a SQLite file path. */
export function engineOf(url = process.env.DATABASE_URL): Engine {
  return /^postgres(ql)?:\/\//i.test(url ?? "") ? "postgres" : "sqlite";
}
