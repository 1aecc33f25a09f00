import { migrateDatabase } from "./migrate";
import { seedDemo } from "./seed";
import { isDatabaseUnavailable, rootCause } from "./unavailable";

/** How long the server waits before trying a database it could not reach again. */
const waitMs = 2_000;

/**
 * Run once when the server starts: create and migrate the database, and seed the demo data into an empty one. A
 * database that cannot be reached yet (a machine that starts before its database, a failover) is waited for rather
 * than given up on: the server answers 503 meanwhile and serves as soon as it answers, without a restart.
 */
export async function prepareDatabase(): Promise<void> {
  for (;;) {
    try {
      await migrateDatabase();
      const seeded = await seedDemo();
      if (seeded) console.log("Partner Console: created the database and seeded the demo data.");
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      console.error(`Partner Console: the database cannot be reached (${rootCause(error)}); trying again shortly.`);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}
