import { migrateDatabase } from "./migrate";
import { seedDemo } from "./seed";

/** Run once when the server starts: create and migrate the database, and seed the demo data into an empty one. */
export async function prepareDatabase(): Promise<void> {
  await migrateDatabase();
  const seeded = await seedDemo();
  if (seeded) console.log("Partner Console: created the database and seeded the demo data.");
}
