import { describe, expect, it } from "vitest";
import { actor, demo } from "@/db/testing/fixtures";
import { customerSearchExpression, customersPageSize, listCustomers } from "./list-customers";

describe("customerSearchExpression", () => {
  it("turns each typed word into a quoted prefix term", () => {
    expect(customerSearchExpression("Wing toys")).toBe('"wing"* "toys"*');
  });

  it("drops FTS syntax and punctuation that a person might type", () => {
    expect(customerSearchExpression('litware" OR * NEAR(')).toBe('"litware"* "or"* "near"*');
    expect(customerSearchExpression("  ***  ")).toBeNull();
  });
});

describe("listCustomers", () => {
  it("lists only the partner's own customers, by name, with their Azure and permission status", () => {
    const contoso = listCustomers(actor(demo.contosoAdmin), {});
    expect(contoso.total).toBe(37);
    expect(contoso.rows).toHaveLength(customersPageSize);
    expect(contoso.rows.map((c) => c.companyName)).not.toContain("Proseware, Inc.");
    const names = contoso.rows.map((c) => c.companyName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));

    const fabrikam = listCustomers(actor(demo.fabrikamAdmin), {});
    expect(fabrikam.rows).toEqual([
      expect.objectContaining({
        companyName: "Proseware, Inc.",
        hasAzureSubscription: true,
        reservationPurchaseAllowed: false,
      }),
    ]);
  });

  it("finds customers by the start of any word of their name or domain", () => {
    const byWord = listCustomers(actor(demo.contosoSales), { q: "toys" });
    expect(byWord.rows.map((c) => c.companyName)).toEqual(["Tailspin Toys", "Wingtip Toys"]);

    const byDomain = listCustomers(actor(demo.contosoSales), { q: "wingtiptoys.onmicrosoft" });
    expect(byDomain.rows).toEqual([
      {
        tenantId: expect.any(String),
        companyName: "Wingtip Toys",
        primaryDomain: "wingtiptoys.onmicrosoft.com",
        hasAzureSubscription: true,
        reservationPurchaseAllowed: false,
      },
    ]);
  });

  it("never finds another partner's customer", () => {
    expect(listCustomers(actor(demo.fabrikamAdmin), { q: "wingtip" }).total).toBe(0);
  });

  it("shows the permission and Azure status of each customer", () => {
    const [fourthCoffee] = listCustomers(actor(demo.contosoHelpdesk), { q: "fourth coffee" }).rows;
    expect(fourthCoffee).toMatchObject({ hasAzureSubscription: true, reservationPurchaseAllowed: true });
    const [litware] = listCustomers(actor(demo.contosoHelpdesk), { q: "litware" }).rows;
    expect(litware).toMatchObject({ hasAzureSubscription: false, reservationPurchaseAllowed: false });
  });

  it("pages on the server and falls back to page 1 for a page number that makes no sense", () => {
    const second = listCustomers(actor(demo.contosoAdmin), { page: "2" });
    expect(second).toMatchObject({ page: 2, pageCount: 2 });
    expect(second.rows).toHaveLength(37 - customersPageSize);
    expect(listCustomers(actor(demo.contosoAdmin), { page: "-3" }).page).toBe(1);
    expect(listCustomers(actor(demo.contosoAdmin), { page: "nine" }).page).toBe(1);
    expect(listCustomers(actor(demo.contosoAdmin), { page: "999" })).toMatchObject({ page: 2, rows: second.rows });
  });

  it("finds nothing, and says why, for a search without letters or digits instead of listing everyone", () => {
    expect(listCustomers(actor(demo.contosoAdmin), { q: "&&&" })).toMatchObject({
      rows: [],
      total: 0,
      q: "&&&",
      searchProblem: "no_searchable_words",
    });
  });

  it("finds nothing, and says why, for a search longer than 100 characters instead of dropping it", () => {
    const q = `Wingtip ${"x".repeat(100)}`;
    expect(listCustomers(actor(demo.contosoAdmin), { q })).toMatchObject({ rows: [], q, searchProblem: "too_long" });
    expect(listCustomers(actor(demo.contosoAdmin), { q: "Wingtip" }).searchProblem).toBeNull();
  });
});
