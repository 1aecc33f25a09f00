// Prints one plain total for the whole test run, from the JSON reports Vitest and Playwright write:
// "N passed, N failed". A suite whose report is missing (it did not run) counts as one failure.
import fs from "node:fs";

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
const unit = read("reports/unit.json");
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else {
  console.log("Unit tests: no report (they did not run).");
  failed += 1;
}
const e2e = read("reports/e2e.json");
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} else {
  console.log("End-to-end tests: no report (they did not run).");
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
