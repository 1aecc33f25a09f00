import { describe, expect, it } from "vitest";
import { actor, demo } from "@/testing/fixtures";
import { getPricingView } from "./pricing-view";

describe("getPricingView", () => {
  it("gives every product's unit and term as a code the page puts into words", async () => {
    const { rows } = await getPricingView(await actor(demo.contosoSales));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(["vmInstance", "vCore", "instance", "throughput100"]).toContain(row.unit);
      for (const price of row.prices) expect(["P1Y", "P3Y"]).toContain(price.term);
    }
    expect(rows.find((row) => row.catalogItemId === "DZH318Z0BQCD:0001")).toMatchObject({
      category: "Azure Cosmos DB",
      unit: "throughput100",
    });
  });
});
