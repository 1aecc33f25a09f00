import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next.js enforces "server-only" at build time; under Vitest everything is server code.
      "server-only": path.resolve(import.meta.dirname, "testing/empty-module.ts"),
    },
  },
  test: {
    include: ["{lib,db,app,components,scripts,server}/**/*.test.ts"],
    globalSetup: ["testing/global-setup.ts"],
    setupFiles: ["testing/fresh-database.ts"],
    pool: "forks",
    reporters: ["default", ["json", { outputFile: `${process.env.REPORTS_DIR ?? "reports"}/unit.json` }]],
  },
});
