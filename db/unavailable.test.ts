import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { requestWatch } from "@/server/request-watch.mjs";
import { closeDb, getDb } from "./client";
import { partners } from "./schema";
import { writeTransaction } from "./transaction";

// What the production server answers with 503 rests on this: a request that met an unreachable database is noted.
describe("a request that meets an unreachable database", () => {
  const engineUrl = process.env.DATABASE_URL;
  afterEach(async () => {
    await closeDb();
    process.env.DATABASE_URL = engineUrl;
  });

  async function served(work: () => Promise<unknown>) {
    const watched = { databaseUnavailable: false };
    await requestWatch().requests.run(watched, () =>
      Promise.resolve()
        .then(work)
        .catch(() => {}),
    );
    return watched.databaseUnavailable;
  }

  it("is noted, for a query and for a transaction", async () => {
    await closeDb();
    // A PostgreSQL URL where nothing listens, whichever engine the suite runs on.
    process.env.DATABASE_URL = "postgres://postgres@127.0.0.1:1/x";
    expect(await served(() => getDb().select().from(partners).limit(1))).toBe(true);
    expect(await served(() => writeTransaction((tx) => tx.select().from(partners).limit(1)))).toBe(true);
  });

  it("is not confused with a query that is wrong", async () => {
    expect(
      await served(() =>
        getDb()
          .select()
          .from(partners)
          .where(sql`no_such_column = 1`),
      ),
    ).toBe(false);
  });
});
