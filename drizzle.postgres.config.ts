import { defineConfig } from "drizzle-kit";

/** The PostgreSQL migrations: `npm run db:generate:postgres` (drizzle.config.ts is SQLite's). No database needed. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/postgres/schema.ts",
  out: "./db/postgres/migrations",
});
