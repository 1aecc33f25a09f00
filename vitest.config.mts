import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next.js enforces "server-only" at build time; under Vitest everything is server code.
      "server-only": path.resolve(import.meta.dirname, "db/testing/empty-module.ts"),
    },
  },
  test: {
    include: ["{lib,db,app,components,scripts}/**/*.test.ts"],
    globalSetup: ["db/testing/global-setup.ts"],
    setupFiles: ["db/testing/fresh-database.ts"],
    pool: "forks",
    reporters: ["default", ["json", { outputFile: "reports/unit.json" }]],
  },
});
