import fs from "node:fs";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;

/**
 * Playwright cannot download its browsers on every machine: use PLAYWRIGHT_CHROMIUM_EXECUTABLE if
 * set, else the system Chromium (Debian's /usr/bin/chromium) if present, else Playwright's own.
 */
function chromiumExecutable(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE) return process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  return fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

/** The Node options `npm start` gives the server (its heap sizes: decision record 021), for the server under test too. */
const startScript: string = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts.start;
const serverNodeOptions = /^node ((?:--\S+ )*)server\/start\.mjs$/.exec(startScript)?.[1] ?? "";

export default defineConfig({
  testDir: "e2e",
  // One server and one database under test: run in order, so each test can state what it starts from.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: `${process.env.REPORTS_DIR ?? "reports"}/e2e.json` }]],
  use: {
    baseURL,
    // The browser's language (Accept-Language) unless a test says otherwise: English, which the tests are written in.
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      // Machines without outside network: keep Chromium from reaching for update and sync services.
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
    },
  },
  projects: [
    { name: "sign-in", testMatch: /auth\.setup\.ts/ },
    { name: "e2e", dependencies: ["sign-in"], testIgnore: /auth\.setup\.ts/ },
  ],
  webServer: {
    // A production build on a fresh database, seeded on start.
    command: `node ${serverNodeOptions}e2e/serve.mjs`,
    url: `${baseURL}/signin`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // E2E_DATABASE_URL runs the suite on PostgreSQL: a database whose name starts with "e2e", remade empty.
    env: { PORT: String(port), DATABASE_URL: process.env.E2E_DATABASE_URL ?? "data/e2e/partner-console.sqlite" },
  },
});
