import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogues } from "@/i18n/messages";
import { inEnglish, say, type Words } from "@/lib/i18n/describe";

const inFrench: Words = {
  locale: "fr-FR",
  translate: createTranslator({ locale: "fr-FR", messages: catalogues["fr-FR"] }),
};

describe("reservation refusals in the reader's words", () => {
  it("say the same English as before the product spoke French", () => {
    expect(say(inEnglish, "reservations.errors.holdsAtMost", { quantity: 4 })).toBe(
      "This reservation holds 4: return at most that many.",
    );
    expect(say(inEnglish, "reservations.errors.nothingToGiveBack", { state: "exchanged" })).toBe(
      "This reservation is exchanged: there is nothing left to give back.",
    );
    expect(
      say(inEnglish, "requests.errors.alreadyAsked", {
        partner: "Contoso CSP",
        kind: "change_scope",
        subject: "reservation",
      }),
    ).toBe("You have already asked Contoso CSP to change the scope of this reservation; their answer will show here.");
    expect(say(inEnglish, "reservations.errors.billedOnly", { product: "X", plans: "upfront" })).toBe(
      "X is billed upfront only.",
    );
  });

  it("are French for a French reader, money and numbers in French", () => {
    expect(
      say(inFrench, "reservations.errors.priceChanged", { total: { amountMinor: 125_760, currency: "USD" } }),
    ).toMatch(/^Le prix a changé depuis votre vérification : le total est désormais de 1\s257,60\s\$US\./);
    expect(say(inFrench, "reservations.errors.holdsAtMost", { quantity: 1 })).toBe(
      "Cette réservation compte 1 unité : n’en rendez pas davantage.",
    );
    expect(say(inFrench, "reservations.errors.atMost", { max: 10_000 })).toMatch(/au maximum 10\s000 à la fois/);
    expect(
      say(inFrench, "reservations.errors.exchangeFamily", {
        category: "sql_database",
        product: "Virtual machine B2ms",
      }),
    ).toBe(
      "Les réservations Azure SQL Database ne peuvent être échangées qu’au sein de leur famille : ce n’est pas le cas de Virtual machine B2ms.",
    );
    expect(say(inFrench, "requests.errors.alreadyDecided", { status: "declined" })).toBe(
      "Cette demande a déjà été refusée.",
    );
  });
});
