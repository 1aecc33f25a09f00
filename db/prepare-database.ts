import { getDb } from "./client";
import { seedDemo } from "./seed";

/** Run once when the server starts: create and migrate the database, and seed the demo data into an empty one. */
export function prepareDatabase(): void {
  const seeded = seedDemo(getDb());
  if (seeded) console.log("Partner Console: created the database and seeded the demo data.");
}
