import { describe, expect, it } from "vitest";
import { maxBodyBytes, requestRefusal } from "./request-guards.mjs";

describe("requestRefusal", () => {
  it.each(["/customers/%/account", "/api/v1/SelfServePolicy/%ZZ", "/%E0%A4%A"])("answers 400 for %s", (url) => {
    expect(requestRefusal("GET", url, {})).toMatchObject({ status: 400, error: "invalid_input" });
  });

  it("lets well-formed addresses through, whatever their query", () => {
    expect(requestRefusal("GET", "/customers?q=%ZZ", {})).toBeNull();
    expect(requestRefusal("GET", "/customers/caf%C3%A9/account", {})).toBeNull();
  });

  it("answers 413 for a declared body over the limit, before anything reads it", () => {
    const headers = { "content-length": String(150 * 2 ** 20) };
    expect(requestRefusal("POST", "/api/v1/SelfServePolicy", headers)).toMatchObject({ status: 413 });
    expect(requestRefusal("POST", "/customers", { "content-length": String(maxBodyBytes) })).toBeNull();
  });

  it("answers 411 for a body of unknown length, and 400 for a length that is no number", () => {
    expect(requestRefusal("POST", "/x", { "transfer-encoding": "chunked" })).toMatchObject({ status: 411 });
    expect(requestRefusal("POST", "/x", { "content-length": "lots" })).toMatchObject({ status: 400 });
    expect(requestRefusal("GET", "/x", { "transfer-encoding": "chunked" })).toBeNull();
  });
});
