import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "./client";

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe("the database file", () => {
  let dir: string;
  let umask: number;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "partner-console-mode-"));
    // The usual umask, which leaves new files readable by every local user.
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is created readable and writable by its owner only, and so are its WAL and shared-memory files", () => {
    const file = path.join(dir, "data", "partner-console.sqlite");
    const db = openDatabase(file);
    db.$client.exec("create table scratch (x); insert into scratch values (1)");
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-wal`)).toBe(0o600);
    expect(modeOf(`${file}-shm`)).toBe(0o600);
    db.$client.close();
  });

  it("is closed to others when an earlier version left it, or its WAL, readable by all", () => {
    const file = path.join(dir, "old.sqlite");
    openDatabase(file).$client.close();
    for (const existing of [file, `${file}-wal`]) {
      fs.writeFileSync(existing, fs.existsSync(existing) ? fs.readFileSync(existing) : "");
      fs.chmodSync(existing, 0o644);
    }
    const db = openDatabase(file);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-wal`)).toBe(0o600);
    db.$client.close();
  });

  it("gives a rollback journal (the bulk load's) the same mode", () => {
    const file = path.join(dir, "journal.sqlite");
    const db = openDatabase(file);
    db.$client.pragma("journal_mode = DELETE");
    db.$client.exec("create table scratch (x)");
    const begun = db.$client.prepare("begin immediate");
    begun.run();
    db.$client.exec("insert into scratch values (1)");
    // The journal exists while the write is open.
    expect(modeOf(`${file}-journal`)).toBe(0o600);
    db.$client.exec("commit");
    db.$client.close();
  });
});
