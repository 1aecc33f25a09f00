import { parseArgs } from "node:util";
import { closeDb, databasePath, getDb } from "@/db/client";
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

const db = getDb();
console.log(seedDemo(db) ? "Seeded the demo data." : "The demo data is already there.");
if (customerCount || activityCount) {
  const started = performance.now();
  seedScalePartner(db, customerCount, activityCount);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Added ${scalePartnerName} (${scaleAdminEmail}) with ${customerCount} customers and ${activityCount} activity entries in ${seconds}s.`,
  );
}
closeDb();
console.log(`Database: ${databasePath()}`);
