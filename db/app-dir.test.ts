import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

describe("the app's own files", () => {
  let elsewhere: string;
  beforeEach(() => {
    elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), "partner-console-elsewhere-"));
  });
  afterEach(() => {
    fs.rmSync(elsewhere, { recursive: true, force: true });
  });

  it("are found by a server started from another working directory: it migrates its database", async () => {
    const app = process.cwd();
    const { stdout } = await promisify(execFile)(
      path.join(app, "node_modules", ".bin", "tsx"),
      ["--tsconfig", path.join(app, "tsconfig.json"), path.join(app, "testing", "migrate-in-process.ts")],
      // What server/server.mjs sets for Next.js's code, which finds the migrations through it.
      { cwd: elsewhere, env: { ...process.env, PARTNER_CONSOLE_APP_DIR: app } },
    );
    expect(JSON.parse(stdout)).toEqual({ pending: 0 });
  }, 30_000);
});
