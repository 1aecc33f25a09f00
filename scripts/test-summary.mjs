// Prints the totals of a test run from the JSON reports Vitest and Playwright write under reports/<engine>/: one line
// per engine, then the whole run's as the last line, "N passed, N failed". A suite whose report is missing (it did not
// run) counts as one failure. `node scripts/test-summary.mjs sqlite` expects the SQLite run only.
import fs from "node:fs";

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const names = { sqlite: "SQLite", postgres: "PostgreSQL" };
const asked = process.argv[2] ?? "all";
const engines =
  asked === "all" ? Object.keys(names).filter((e) => e === "sqlite" || fs.existsSync(`reports/${e}`)) : [asked];
if (asked === "all" && !fs.existsSync("reports/postgres")) console.log("PostgreSQL: not run (not installed).");

let passed = 0;
let failed = 0;
for (const engine of engines) {
  let enginePassed = 0;
  let engineFailed = 0;
  const unit = read(`reports/${engine}/unit.json`);
  if (unit) {
    enginePassed += unit.numPassedTests;
    engineFailed += unit.numFailedTests;
  } else {
    console.log(`${names[engine]} unit tests: no report (they did not run).`);
    engineFailed += 1;
  }
  const e2e = read(`reports/${engine}/e2e.json`);
  if (e2e) {
    enginePassed += e2e.stats.expected + e2e.stats.flaky;
    engineFailed += e2e.stats.unexpected;
  } else {
    console.log(`${names[engine]} end-to-end tests: no report (they did not run).`);
    engineFailed += 1;
  }
  console.log(`${names[engine]}: ${enginePassed} passed, ${engineFailed} failed`);
  passed += enginePassed;
  failed += engineFailed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
