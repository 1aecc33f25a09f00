import { parseArgs } from "node:util";
import { closeDb, databasePath, engineOf } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { scaleAdminEmail, scalePartnerName, seedScalePartner } from "@/db/seed-scale";

// npm run db:seed                                         the demo data, if missing
// npm run db:seed -- --customers 100000 --activity 1000000  plus a large partner for scale checks
const { values } = parseArgs({
  options: { customers: { type: "string" }, activity: { type: "string" } },
});
const count = (text: string | undefined, name: string) => {
  const n = Number(text ?? 0);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${text}".`);
  return n;
};
const customerCount = count(values.customers, "customers");
const activityCount = count(values.activity, "activity");

/** Where the data went: the SQLite file, or the PostgreSQL server and database (without a password). */
function databaseShown(): string {
  if (engineOf() === "sqlite") return databasePath();
  const url = new URL(process.env.DATABASE_URL!);
  url.password = "";
  return url.toString();
}

async function main() {
  // A new PostgreSQL database has no tables yet (SQLite migrates when it opens the file).
  await migrateDatabase();
  console.log((await seedDemo()) ? "Seeded the demo data." : "The demo data is already there.");
  if (customerCount || activityCount) {
    const started = performance.now();
    await seedScalePartner(customerCount, activityCount);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Added ${scalePartnerName} (${scaleAdminEmail}) with ${customerCount} customers and ${activityCount} activity entries in ${seconds}s.`,
    );
  }
  await closeDb();
  console.log(`Database: ${databaseShown()}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
