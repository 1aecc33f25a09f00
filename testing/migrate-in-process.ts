// Run by db/app-dir.test.ts as a separate OS process started in another working directory, as a server may be:
//   tsx --tsconfig <app>/tsconfig.json migrate-in-process.ts    (DATABASE_URL, PARTNER_CONSOLE_APP_DIR as given)
import { closeDb } from "@/db/client";
import { migrateDatabase, pendingMigrations } from "@/db/migrate";

async function main() {
  await migrateDatabase();
  process.stdout.write(JSON.stringify({ pending: await pendingMigrations() }));
  // A PostgreSQL pool would keep the process alive.
  await closeDb();
}

void main();
