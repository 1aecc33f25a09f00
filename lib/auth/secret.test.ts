import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authSecret } from "./secret";

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe("the session-signing secret beside the database", () => {
  let dir: string;
  let saved: { umask: number; secret: string | undefined; database: string | undefined };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "partner-console-secret-"));
    saved = { umask: process.umask(0o022), secret: process.env.NEXTAUTH_SECRET, database: process.env.DATABASE_URL };
    delete process.env.NEXTAUTH_SECRET;
    process.env.DATABASE_URL = path.join(dir, "partner-console.sqlite");
  });
  afterEach(() => {
    process.umask(saved.umask);
    if (saved.secret === undefined) delete process.env.NEXTAUTH_SECRET;
    else process.env.NEXTAUTH_SECRET = saved.secret;
    process.env.DATABASE_URL = saved.database;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is created readable by its owner only, and read back the same", () => {
    const secret = authSecret();
    expect(modeOf(path.join(dir, "auth-secret"))).toBe(0o600);
    expect(authSecret()).toBe(secret);
  });

  it("is closed to others when an earlier version left it readable by all", () => {
    const file = path.join(dir, "auth-secret");
    fs.writeFileSync(file, "left-by-an-earlier-version", { mode: 0o644 });
    expect(authSecret()).toBe("left-by-an-earlier-version");
    expect(modeOf(file)).toBe(0o600);
  });
});
