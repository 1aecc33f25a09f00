import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogues } from "@/i18n/messages";
import { inEnglish, type Words } from "@/lib/i18n/describe";
import { expiringCsv } from "./expiring-csv";
import type { ExpiringPurchase } from "./list-expiring-purchases";

const inFrench: Words = {
  locale: "fr-FR",
  translate: createTranslator({ locale: "fr-FR", messages: catalogues["fr-FR"] }),
};

const common = {
  displayName: "VM_RI_01",
  customerTenantId: "3f1c2a9e-0000-4000-8000-000000000001",
  companyName: "Litware, Inc.",
  term: "P1Y",
  billingPlan: "upfront",
  expiresAt: new Date("2026-12-24T10:00:00Z"),
} as const;

const items: ExpiringPurchase[] = [
  {
    ...common,
    kind: "reservation",
    id: "11111111-0000-4000-8000-000000000001",
    catalogItemId: "DZH318Z0BQ4P:0001",
    productName: "Virtual machine D2s v5",
    region: "eastus",
    quantity: 3,
    autoRenew: false,
    renewalTotalMinor: 165_060,
  },
  {
    ...common,
    kind: "savings_plan",
    id: "11111111-0000-4000-8000-000000000002",
    hourlyCommitmentMills: 1200,
    autoRenew: true,
    renewalTotalMinor: null,
  },
];

describe("the Expiring soon CSV", () => {
  it("writes the page's columns in the reader's words, quoting what needs it", () => {
    expect(expiringCsv(items, "USD", inEnglish).split("\r\n")).toEqual([
      "Customer,Customer ID,Kind,Name,ID,Product,Term,End date,Auto-renew,Renewal price today",
      `"Litware, Inc.",${common.customerTenantId},Reservation,VM_RI_01,${items[0].id},"3 × Virtual machine D2s v5, eastus",1 year,2026-12-24T10:00:00.000Z,Off,"$1,650.60"`,
      `"Litware, Inc.",${common.customerTenantId},Savings plan,VM_RI_01,${items[1].id},"Savings plan, 1.200 USD/hour",1 year,2026-12-24T10:00:00.000Z,On,No longer sold`,
      "",
    ]);
  });

  it("speaks French to a French reader, money included", () => {
    const [header, reservation] = expiringCsv(items, "USD", inFrench).split("\r\n");
    expect(header).toBe(
      "Client,ID client,Type,Nom,Identifiant,Produit,Durée,Date de fin,Renouvellement auto.,Prix du renouvellement aujourd’hui",
    );
    expect(reservation).toContain("Réservation");
    expect(reservation).toMatch(/1\s650,60\s\$US/);
  });
});
