import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogues } from "@/i18n/messages";
import { inEnglish, type Words } from "@/lib/i18n/describe";
import { notificationText } from "./notification-text";

const inFrench: Words = {
  locale: "fr-FR",
  translate: createTranslator({ locale: "fr-FR", messages: catalogues["fr-FR"] }),
};

const reservation = {
  kind: "reservation_purchased" as const,
  params: {
    buyer: "Alex Wilber",
    customer: "Wingtip Toys",
    quantity: 2,
    product: "Virtual machine D2s v5",
    region: "westus2",
    totalMinor: 110040,
    currency: "USD",
  },
};

describe("notificationText", () => {
  it("tells a customer's own reservation purchase, money and region as the reader reads them", () => {
    expect(notificationText(inEnglish, reservation)).toBe(
      "Alex Wilber (Wingtip Toys) bought 2 × Virtual machine D2s v5 in West US 2 for $1,100.40.",
    );
    expect(notificationText(inFrench, reservation)).toMatch(
      /^Alex Wilber \(Wingtip Toys\) a acheté 2 × Virtual machine D2s v5 dans la région West US 2 pour 1\s100,40\s\$US\.$/,
    );
  });

  it("tells a savings plan's hourly commitment to the thousandth", () => {
    const plan = {
      kind: "savings_plan_purchased" as const,
      params: {
        buyer: "Alex",
        customer: "Wingtip Toys",
        hourlyCommitmentMinor: 125.5,
        totalMinor: 1099380,
        currency: "USD",
      },
    };
    expect(notificationText(inEnglish, plan)).toBe(
      "Alex (Wingtip Toys) bought a savings plan of 1.255 USD/hour for $10,993.80.",
    );
    expect(notificationText(inFrench, plan)).toContain("un plan d’économies de 1,255 USD/heure");
  });

  it("tells what a request asks, and keeps the words of notifications written before translation", () => {
    const request = {
      kind: "request_opened" as const,
      params: { requester: "Alex", customer: "Wingtip Toys", requestKind: "cancel", subject: "VM reservation" },
    };
    expect(notificationText(inEnglish, request)).toBe("Alex (Wingtip Toys) asks to cancel VM reservation.");
    expect(notificationText(inFrench, request)).toBe("Alex (Wingtip Toys) demande l’annulation de VM reservation.");
    expect(
      notificationText(inFrench, { kind: "written_before_translation", params: { text: "Alex asks: Cancel 1." } }),
    ).toBe("Alex asks: Cancel 1.");
  });
});
