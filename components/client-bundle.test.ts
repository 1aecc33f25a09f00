import path from "node:path";
import { describe, expect, it } from "vitest";
import { modulesReached, pagesAndLayouts } from "@/testing/client-modules";

/**
 * Libraries that belong on the server: in the browser, zod alone weighed about 80 kB gzip on the Account page (decision
 * record 021). A client component needing a pure rule from a module that uses one gets the rule from a module of its own.
 */
const serverOnlyPackages = ["zod", "drizzle-orm", "better-sqlite3", "pg", "next-auth/jwt", "server-only"];

describe("the JavaScript sent to the browser", () => {
  it("holds no server-only library: no client module imports one, directly or through what it imports", () => {
    const root = path.resolve(import.meta.dirname, "..");
    const offending = new Set<string>();
    for (const entry of pagesAndLayouts(root)) {
      for (const { file, client, packages } of modulesReached(root, entry)) {
        for (const name of packages) {
          if (client && serverOnlyPackages.some((p) => name === p || name.startsWith(`${p}/`))) {
            offending.add(`${path.relative(root, file)} imports ${name}`);
          }
        }
      }
    }
    expect([...offending].sort()).toEqual([]);
  });
});
