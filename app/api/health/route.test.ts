import { afterEach, describe, expect, it } from "vitest";
import { closeDb, openedDatabase } from "@/db/client";
import { GET } from "./route";

/** A PostgreSQL URL where nothing listens: the database is down, whichever engine the suite runs on. */
const unreachable = "postgres://postgres@127.0.0.1:1/x";

describe("GET /api/health", () => {
  afterEach(async () => {
    await closeDb();
  });

  it("is 200 and says nothing more than up and current when the database answers with every migration", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBeNull();
    expect(await response.json()).toEqual({ status: "ok", database: "up", migrations: "current" });
  });

  it("is 503 with Retry-After while a migration is pending", async () => {
    const open = openedDatabase();
    if (open.engine === "postgres") {
      await open.db.$client.query(
        "delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)",
      );
    } else {
      open.db.$client
        .prepare(
          "delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)",
        )
        .run();
    }
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ status: "unavailable", database: "up", migrations: "pending" });
  });

  it("is 503 with Retry-After, and no detail of the error, when the database cannot be reached", async () => {
    await closeDb();
    process.env.DATABASE_URL = unreachable;
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "unavailable", database: "down", migrations: "unknown" });
  });
});
