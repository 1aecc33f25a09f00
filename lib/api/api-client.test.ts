import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { apiClientTypes, apiClientTypesPath } from "./api-client-types";

describe("the e2e suite's API client", () => {
  it("is generated from the current document: run npm run api:client after changing the API", async () => {
    expect(fs.readFileSync(apiClientTypesPath, "utf8")).toBe(await apiClientTypes());
  });
});
