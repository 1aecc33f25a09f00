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

  it("tells a renewal that did not happen at expiry, on which day and why", () => {
    const expiredAt = Date.UTC(2026, 10, 25, 10, 0);
    const reservationNotRenewed = {
      kind: "reservation_not_renewed" as const,
      params: {
        customer: "Tailspin Toys",
        reservation: "VM_RI_11-25-2025_10-00",
        quantity: 2,
        product: "Virtual machine E4s v5",
        expiredAt,
        reason: "billing_subscription_not_active",
      },
    };
    expect(notificationText(inEnglish, reservationNotRenewed)).toBe(
      "Reservation VM_RI_11-25-2025_10-00 (2 × Virtual machine E4s v5) for Tailspin Toys expired on Nov 25, 2026 and was not renewed: the billing subscription was not active at expiry.",
    );
    expect(notificationText(inFrench, reservationNotRenewed)).toBe(
      "La réservation VM_RI_11-25-2025_10-00 de Tailspin Toys (2 × Virtual machine E4s v5) a expiré le 25 nov. 2026 sans être renouvelée : l’abonnement de facturation n’était pas actif à l’échéance.",
    );
    const planNotRenewed = {
      kind: "savings_plan_not_renewed" as const,
      params: { customer: "Coho Vineyard", savingsPlan: "SavingsPlan_1", expiredAt, reason: "no_longer_sold" },
    };
    expect(notificationText(inEnglish, planNotRenewed)).toBe(
      "Savings plan SavingsPlan_1 for Coho Vineyard expired on Nov 25, 2026 and was not renewed: the product is no longer sold for this term.",
    );
    expect(notificationText(inFrench, planNotRenewed)).toContain("a expiré le 25 nov. 2026 sans être renouvelé");
  });

  it("tells how many reservations and savings plans an expiry digest counts, in each language's plurals", () => {
    const digest = (reservations: number, savingsPlans: number) => ({
      kind: "expiring_soon_digest" as const,
      params: { reservations, savingsPlans, within: 30 },
    });
    expect(notificationText(inEnglish, digest(3, 1))).toBe(
      "Expiring within 30 days: 3 reservations and 1 savings plan.",
    );
    expect(notificationText(inEnglish, digest(1, 0))).toBe(
      "Expiring within 30 days: 1 reservation and no savings plans.",
    );
    expect(notificationText(inFrench, digest(3, 1))).toBe(
      "Expirent d’ici 30 jours : 3 réservations et 1 plan d’économies.",
    );
    expect(notificationText(inFrench, digest(0, 2))).toBe(
      "Expirent d’ici 30 jours : aucune réservation et 2 plans d’économies.",
    );
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
