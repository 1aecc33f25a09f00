import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/i18n/locales";

describe("negotiateLocale (Accept-Language)", () => {
  it.each([
    [null, "en-US"],
    ["", "en-US"],
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr-FR"],
    ["fr-CA", "fr-FR"],
    ["FR", "fr-FR"],
    ["de-DE,fr;q=0.5,en;q=0.7", "en-US"],
    ["de-DE,fr;q=0.7,en;q=0.5", "fr-FR"],
    ["en-GB,fr;q=0.9", "en-US"],
    ["fr;q=0, en", "en-US"],
    ["*", "en-US"],
    ["ja-JP", "en-US"],
    ["fr;q=abc,en-US", "en-US"],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
