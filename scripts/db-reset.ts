import fs from "node:fs";
import { closeDb, databasePath } from "@/db/client";
import { seedDemo } from "@/db/seed";

// Recreates the database from the committed migrations and the demo seed.
async function main() {
  const file = databasePath();
  await closeDb();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  await seedDemo();
  await closeDb();
  console.log(`Recreated ${file} with the demo data.`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
