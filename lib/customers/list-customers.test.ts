import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { customerCountCap } from "@/db/customer-search";
import { customers } from "@/db/schema";
import { actor, demo } from "@/testing/fixtures";
import { customerSearchWords, customersPageSize, listCustomers, type CustomerListRow } from "./list-customers";
import { addCustomers } from "@/testing/add-customers";

describe("customerSearchWords", () => {
  it("takes each typed word, in lower case", () => {
    expect(customerSearchWords("Wing toys")).toEqual(["wing", "toys"]);
  });

  it("drops search syntax and punctuation that a person might type", () => {
    expect(customerSearchWords('litware" OR * NEAR( \\m.*')).toEqual(["litware", "or", "near", "m"]);
    expect(customerSearchWords("  ***  ")).toBeNull();
  });
});

const list = async (email: string, query: Record<string, string>) => listCustomers(await actor(email), query);

/** Every page of the list, followed by its Next links. */
async function allCustomers(email: string, query: Record<string, string> = {}): Promise<CustomerListRow[]> {
  const rows: CustomerListRow[] = [];
  for (let page = await list(email, query); ; page = await list(email, { ...query, after: page.next! })) {
    rows.push(...page.rows);
    if (!page.next) return rows;
  }
}

describe("listCustomers", () => {
  it("lists only the partner's own customers, by name, with their Azure and permission status", async () => {
    const contoso = await list(demo.contosoAdmin, {});
    expect(contoso.total).toBe(37);
    expect(contoso.rows).toHaveLength(customersPageSize);
    expect(contoso.rows.map((c) => c.companyName)).not.toContain("Proseware, Inc.");
    const names = contoso.rows.map((c) => c.companyName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));

    const fabrikam = await list(demo.fabrikamAdmin, {});
    expect(fabrikam.rows).toEqual([
      expect.objectContaining({
        companyName: "Proseware, Inc.",
        hasAzureSubscription: true,
        reservationPurchaseAllowed: false,
      }),
    ]);
  });

  it("finds customers by the start of any word of their name or domain", async () => {
    const byWord = await list(demo.contosoSales, { q: "toys" });
    expect(byWord.rows.map((c) => c.companyName)).toEqual(["Tailspin Toys", "Wingtip Toys"]);

    const byDomain = await list(demo.contosoSales, { q: "wingtiptoys.onmicrosoft" });
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

  it("a search ignores accents, in what is typed and in the name", async () => {
    const admin = await actor(demo.contosoAdmin);
    for (const companyName of ["Café Crème Bakery", "Creme Brulee Supplies"]) {
      await getDb()
        .insert(customers)
        .values({
          partnerId: admin.partnerId,
          tenantId: crypto.randomUUID(),
          companyName,
          primaryDomain: `${crypto.randomUUID()}.onmicrosoft.com`,
          addressLine1: "1 Rue du Port",
          city: "Lyon",
          postalCode: "69001",
          country: "FR",
          contactFirstName: "Élise",
          contactLastName: "Fournier",
          contactEmail: "elise@example.com",
        });
    }
    const names = async (q: string) => (await list(demo.contosoAdmin, { q })).rows.map((c) => c.companyName);
    expect(await names("cafe")).toEqual(["Café Crème Bakery"]);
    expect(await names("CAFÉ")).toEqual(["Café Crème Bakery"]);
    expect(await names("crème")).toEqual(["Café Crème Bakery", "Creme Brulee Supplies"]);
    expect(await names("cre brû")).toEqual(["Creme Brulee Supplies"]);
  });

  it("never finds another partner's customer", async () => {
    expect((await list(demo.fabrikamAdmin, { q: "wingtip" })).total).toBe(0);
  });

  it("shows the permission and Azure status of each customer", async () => {
    const [fourthCoffee] = (await list(demo.contosoHelpdesk, { q: "fourth coffee" })).rows;
    expect(fourthCoffee).toMatchObject({ hasAzureSubscription: true, reservationPurchaseAllowed: true });
    const [litware] = (await list(demo.contosoHelpdesk, { q: "litware" })).rows;
    expect(litware).toMatchObject({ hasAzureSubscription: false, reservationPurchaseAllowed: false });
  });

  it("narrows the list to customers with an active Azure subscription, or without one, with or without a search", async () => {
    const active = await list(demo.contosoAdmin, { azure: "active" });
    const none = await list(demo.contosoAdmin, { azure: "none" });
    expect(active.total + none.total).toBe(37);
    expect(active.azure).toBe("active");
    expect(active.rows.every((c) => c.hasAzureSubscription)).toBe(true);
    expect(none.rows.every((c) => !c.hasAzureSubscription)).toBe(true);
    // Litware's Azure plan is suspended: it has no active one.
    expect(none.rows.map((c) => c.companyName)).toEqual(expect.arrayContaining(["Litware, Inc.", "Northwind Traders"]));
    const toys = await list(demo.contosoAdmin, { q: "toys", azure: "none" });
    expect(toys.total).toBe(0);
    // A filter it does not know lists everyone.
    expect((await list(demo.contosoAdmin, { azure: "sometimes" })).total).toBe(37);
  });

  it("pages on the server by keyset, forwards and back, and shows the first page for a position that makes no sense", async () => {
    const first = await list(demo.contosoAdmin, {});
    expect(first).toMatchObject({ previous: null, next: expect.any(String) });
    const second = await list(demo.contosoAdmin, { after: first.next! });
    expect(second.rows).toHaveLength(37 - customersPageSize);
    expect(second).toMatchObject({ next: null, previous: expect.any(String) });
    expect([...first.rows, ...second.rows].map((c) => c.tenantId)).toEqual(
      (await allCustomers(demo.contosoAdmin)).map((c) => c.tenantId),
    );
    expect((await list(demo.contosoAdmin, { before: second.previous! })).rows).toEqual(first.rows);
    const nonsenses: Record<string, string>[] = [
      { page: "2" },
      { after: "nonsense" },
      { before: "WyJ4IiwtMV0" },
      { after: "" },
    ];
    for (const nonsense of nonsenses) {
      expect(await list(demo.contosoAdmin, nonsense)).toMatchObject({ rows: first.rows, previous: null });
    }
    // A position past the end (the list got shorter since the link was made): the first page, not an empty one.
    const pastTheEnd = Buffer.from(JSON.stringify(["zzzz", 1])).toString("base64url");
    expect((await list(demo.contosoAdmin, { after: pastTheEnd })).rows).toEqual(first.rows);
  });

  it("pages through customers of the same name by id, with none twice or left out", async () => {
    const admin = await actor(demo.contosoAdmin);
    await addCustomers(
      admin.partnerId,
      Array.from({ length: 40 }, () => "Contoso Twin"),
    );
    const twins = await allCustomers(demo.contosoAdmin, { q: "twin" });
    expect(twins).toHaveLength(40);
    const pages = [await list(demo.contosoAdmin, { q: "twin" })];
    pages.push(await list(demo.contosoAdmin, { q: "twin", after: pages[0].next! }));
    expect(pages[1].next).toBeNull();
    expect(pages.flatMap((page) => page.rows.map((c) => c.tenantId))).toEqual(twins.map((c) => c.tenantId));
    const back = await list(demo.contosoAdmin, { q: "twin", before: pages[1].previous! });
    expect(back.rows).toEqual(pages[0].rows);
  });

  it(`counts up to ${customerCountCap.toLocaleString("en-US")} customers and says "more than" beyond`, async () => {
    const admin = await actor(demo.contosoAdmin);
    await addCustomers(
      admin.partnerId,
      Array.from({ length: customerCountCap - 37 }, (_, i) => `Bulk Customer ${i}`),
    );
    expect(await list(demo.contosoAdmin, {})).toMatchObject({ total: customerCountCap, moreThanCap: false });
    await addCustomers(admin.partnerId, ["Bulk Customer Extra"]);
    const all = await list(demo.contosoAdmin, {});
    expect(all).toMatchObject({ total: customerCountCap, moreThanCap: true, next: expect.any(String) });
    expect(await list(demo.contosoAdmin, { q: "bulk" })).toMatchObject({
      total: customerCountCap - 36,
      moreThanCap: false,
    });
    expect(await list(demo.contosoAdmin, { q: "onmicrosoft" })).toMatchObject({
      total: customerCountCap,
      moreThanCap: true,
    });
  });

  it("finds nothing, and says why, for a search without letters or digits instead of listing everyone", async () => {
    expect(await list(demo.contosoAdmin, { q: "&&&" })).toMatchObject({
      rows: [],
      total: 0,
      q: "&&&",
      searchProblem: "no_searchable_words",
    });
  });

  it("finds nothing, and says why, for a search longer than 100 characters instead of dropping it", async () => {
    const q = `Wingtip ${"x".repeat(100)}`;
    expect(await list(demo.contosoAdmin, { q })).toMatchObject({ rows: [], q, searchProblem: "too_long" });
    expect((await list(demo.contosoAdmin, { q: "Wingtip" })).searchProblem).toBeNull();
  });
});
