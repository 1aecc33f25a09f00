import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogues } from "@/i18n/messages";
import { fail } from "@/lib/result";
import { parseInput, reason } from "@/lib/validation";
import { z } from "zod";
import { describeFailure, inEnglish, say, type Words } from "./describe";

const french: Words = {
  locale: "fr-FR",
  translate: createTranslator({ locale: "fr-FR", messages: catalogues["fr-FR"] }),
};

describe("putting a use case's reason into words", () => {
  it("says the same refusal in the API's English and in the reader's French", () => {
    const refusal = fail("not_found", "errors.customer_not_found");
    expect(describeFailure(refusal, inEnglish)).toEqual({
      ok: false,
      error: "not_found",
      message: "Customer not found.",
    });
    expect(describeFailure(refusal, french)).toEqual({ ok: false, error: "not_found", message: "Client introuvable." });
  });

  it("formats money values in the reader's locale before the message sees them, the amount unchanged", () => {
    const spy: Words = { locale: "fr-FR", translate: (key, values) => `${key} ${JSON.stringify(values)}` };
    const values = { limit: { amountMinor: 5_000_000, currency: "USD" }, count: 2 };
    expect(say(spy, "errors.not_found", values)).toBe('errors.not_found {"limit":"50\u202f000,00\u00a0$US","count":2}');
    expect(values.limit).toEqual({ amountMinor: 5_000_000, currency: "USD" });
  });

  it("formats numbers in the reader's locale", () => {
    const values = { kibibytes: 1100.4 };
    expect(say(inEnglish, "http.errors.bodyTooLarge", values)).toBe(
      "The request body is too large: at most 1,100.4 KiB.",
    );
    expect(say(french, "http.errors.bodyTooLarge", values)).toBe(
      "Le corps de la demande est trop volumineux : 1\u202f100,4 Kio au maximum.",
    );
    expect(values).toEqual({ kibibytes: 1100.4 });
  });

  it("names each field's problem for invalid input, in words for the form and in the summary for programs", () => {
    const schema = z.object({ name: z.string().min(1, reason("errors.field_invalid")), count: z.number() });
    const parsed = parseInput(schema, { name: "", count: "x" });
    if (parsed.ok) throw new Error("should refuse");
    expect(parsed.fieldErrors).toEqual({
      name: [{ reason: "errors.field_invalid" }],
      count: [{ reason: "errors.field_invalid" }],
    });
    const english = describeFailure(parsed, inEnglish);
    expect(english.fieldErrors).toEqual({ name: ["This value is not valid."], count: ["This value is not valid."] });
    expect(english.message).toBe(
      "The request is not valid (name: This value is not valid.; count: This value is not valid.).",
    );
    expect(describeFailure(parsed, french).fieldErrors?.name).toEqual(["Cette valeur n’est pas valide."]);
  });
});
