import { afterEach, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db/client";
import { GET as listCustomers } from "@/app/api/v1/customers/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { fail } from "@/lib/result";
import { actorRef, demo } from "@/testing/fixtures";
import { apiRoute, refusal } from "./api-route";

describe("refusal", () => {
  it("answers the one error shape with its table status, and says when to come back after a rate limit", async () => {
    const response = refusal({ ...fail("rate_limited"), retryAt: new Date(Date.now() + 29_500) });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toEqual({
      ok: false,
      error: "rate_limited",
      message: "Too many requests with this API key. Try again after Retry-After seconds.",
    });
    const notFound = refusal(fail("not_found", "errors.customer_not_found"));
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ ok: false, error: "not_found", message: "Customer not found." });
    expect(notFound.headers.get("retry-after")).toBeNull();
  });
});

describe("a database that cannot be reached", () => {
  /** A PostgreSQL URL where nothing listens: the database is down, whichever engine the suite runs on. */
  const unreachable = "postgres://postgres@127.0.0.1:1/x";
  const unavailable = {
    ok: false,
    error: "database_unavailable",
    message: "The database is unavailable for a moment. Try again after Retry-After seconds.",
  };

  afterEach(async () => {
    vi.restoreAllMocks();
    await closeDb();
  });

  async function programKey() {
    const created = await createApiKey(await actorRef(demo.contosoAdmin), {
      name: `health-${crypto.randomUUID().slice(0, 8)}`,
      accessLevel: "read_only",
      expiresInDays: 30,
    });
    if (!created.ok) throw new Error(created.reason);
    return created.data.key;
  }

  const get = (key: string) =>
    new Request("http://localhost/api/v1/customers", { headers: { authorization: `Bearer ${key}` } });

  it("is answered 503 with Retry-After in the API's error shape, never the error itself", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const key = await programKey();
    expect((await listCustomers(get(key), { params: Promise.resolve({}) })).status).toBe(200);

    await closeDb();
    process.env.DATABASE_URL = unreachable;
    const response = await listCustomers(get(key), { params: Promise.resolve({}) });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const text = await response.text();
    expect(JSON.parse(text)).toEqual(unavailable);
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|at .*\.ts/);
    // The operator's log says what happened.
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("ECONNREFUSED"));
  });

  it("is answered 503 when the handler meets it, as a driver error's cause; any other error is not hidden", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const key = await programKey();
    const refused = Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:5432"), { code: "ECONNREFUSED" });
    const failing = apiRoute(() => {
      throw new Error("Failed query: select 1", { cause: refused });
    });
    const response = await failing(get(key), { params: Promise.resolve({}) });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual(unavailable);

    const buggy = apiRoute(() => {
      throw new TypeError("a bug");
    });
    await expect(buggy(get(key), { params: Promise.resolve({}) })).rejects.toThrow("a bug");
  });
});
