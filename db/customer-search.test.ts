import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actor, demo } from "@/testing/fixtures";
import { getDb } from "./client";
import { customerIdsWhoseNameContains, customerPage, type CustomerKeyset } from "./customer-search";
import { customers } from "./schema";
import { containsIgnoringCase } from "./text-match";
import { addCustomers } from "@/testing/add-customers";

describe("customerPage", () => {
  it("finds the same customers in the same order whichever way it finds them (sorting the matches, or walking the names)", async () => {
    const admin = await actor(demo.contosoAdmin);
    // Equal names across page boundaries, names differing only in case, and words found by their start.
    await addCustomers(admin.partnerId, [
      ...Array.from({ length: 9 }, () => "Harbor Twin Traders"),
      "harbor twin traders",
      "HARBOR TWIN TRADERS",
      "Harborview Labs",
      "Twin Harbor Foods",
      "Arbor Labs",
    ]);
    for (const words of [["harbor"], ["twin", "har"], ["labs"], null]) {
      const search = { partnerId: admin.partnerId, words };
      const collect = async (many: boolean) => {
        const ids: number[] = [];
        let keyset: CustomerKeyset = null;
        for (;;) {
          const { rows, more } = await customerPage(search, keyset, 4, many);
          ids.push(...rows.map((row) => row.id));
          if (!more) return ids;
          keyset = { after: [rows.at(-1)!.companyName, rows.at(-1)!.id] };
        }
      };
      const sorted = await collect(false);
      expect(await collect(true)).toEqual(sorted);
      expect(new Set(sorted).size).toBe(sorted.length);
      // And back: each page before a customer ends just before it.
      const all = (await customerPage(search, null, sorted.length, false)).rows;
      for (const many of [false, true]) {
        for (let i = 1; i < sorted.length; i++) {
          const at = all[i];
          const before = await customerPage(search, { before: [at.companyName, at.id] }, 4, many);
          expect(before.rows.map((row) => row.id)).toEqual(sorted.slice(Math.max(0, i - 4), i));
          expect(before.more).toBe(i > 4);
        }
      }
    }
    expect((await customerPage({ partnerId: admin.partnerId, words: ["harbor"] }, null, 100, true)).rows).toHaveLength(
      13,
    );
  });
});

describe("customerIdsWhoseNameContains", () => {
  it("finds exactly the customers a plain LIKE (ILIKE) finds, short texts and wildcards included", async () => {
    const admin = await actor(demo.contosoAdmin);
    await addCustomers(admin.partnerId, ["50% Off_Store", 'The "Quoted" Company', "Café Toys", "CAFÉ TOYS", "AB"]);
    const byLike = async (text: string) =>
      (
        await getDb()
          .select({ id: customers.id })
          .from(customers)
          .where(and(eq(customers.partnerId, admin.partnerId), containsIgnoringCase(customers.companyName, text)))
      )
        .map((row) => row.id)
        .sort((a, b) => a - b);
    const found = async (text: string) =>
      (await customerIdsWhoseNameContains(admin.partnerId, text, 1000)).sort((a, b) => a - b);
    const texts = ["toys", "TOYS", "café", "fé t", "ab", "a", "%", "_", "0% o", "f_s", '"quoted"', "no such company"];
    for (const text of texts) expect({ text, ids: await found(text) }).toEqual({ text, ids: await byLike(text) });
    expect(await found("toys")).toHaveLength(4); // Tailspin Toys, Wingtip Toys and both cafés
    expect(await found("0% o")).toHaveLength(1);
    expect(await found("f_s")).toHaveLength(1);
    expect(await found('"quoted"')).toHaveLength(1);
    expect(await customerIdsWhoseNameContains(admin.partnerId, "toys", 2)).toHaveLength(2);
  });
});
