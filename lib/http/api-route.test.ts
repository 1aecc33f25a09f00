import { describe, expect, it } from "vitest";
import { fail } from "@/lib/result";
import { refusal } from "./api-route";

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
