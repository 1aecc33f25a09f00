import fs from "node:fs";
import { closeDb, databasePath, getDb } from "@/db/client";
import { seedDemo } from "@/db/seed";

// Recreates the database from the committed migrations and the demo seed.
const file = databasePath();
closeDb();
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
seedDemo(getDb());
closeDb();
console.log(`Recreated ${file} with the demo data.`);
