import { describe, expect, it } from "vitest";
import { catalogues } from "@/i18n/messages";
import { passwordMaxLength, passwordMinLength, passwordProblem } from "./password-policy";
import {
  issuedTemporaryPassword,
  newTemporaryPassword,
  ownPasswordChosen,
  temporaryPasswordRefusal,
} from "./temporary-password";

describe("passwordProblem", () => {
  it.each([
    ["Short1!", "auth.errors.passwordTooShort"],
    ["alllowercase", "auth.errors.passwordTooSimple"],
    ["Kim.Akers-2026", "auth.errors.passwordHasUserName"],
    ["x".repeat(passwordMaxLength + 1), "auth.errors.passwordTooLong"],
  ])("refuses %s", (password, problem) => {
    expect(passwordProblem(password, "kim.akers@wingtiptoys.onmicrosoft.com")).toBe(problem);
  });

  it("accepts a password of three kinds of characters", () => {
    expect(passwordProblem("Coffee beans 42", "kim@wingtiptoys.onmicrosoft.com")).toBeNull();
  });
});

describe("newTemporaryPassword", () => {
  it("is three groups of four, meets the rule, and is new every time", () => {
    const passwords = Array.from({ length: 200 }, newTemporaryPassword);
    for (const password of passwords) {
      expect(password).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
      expect(password).not.toMatch(/[01OlI]/);
      expect(passwordProblem(password, "not-a-name@wingtiptoys.onmicrosoft.com")).toBeNull();
    }
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});

describe("temporaryPasswordRefusal", () => {
  const issued = new Date("2026-11-25T09:00:00Z");
  const { temporaryPasswordExpiresAt } = issuedTemporaryPassword(issued);
  const at = (hours: number) => new Date(issued.getTime() + hours * 3_600_000);

  it("lets an unused temporary password sign in until 24 hours after it was issued", () => {
    expect(
      temporaryPasswordRefusal({ temporaryPasswordExpiresAt, temporaryPasswordUsedAt: null }, at(23.9)),
    ).toBeNull();
    expect(temporaryPasswordRefusal({ temporaryPasswordExpiresAt, temporaryPasswordUsedAt: null }, at(24))).toBe(
      "temporary_password_expired",
    );
  });

  it("refuses it once used, however soon", () => {
    expect(temporaryPasswordRefusal({ temporaryPasswordExpiresAt, temporaryPasswordUsedAt: at(1) }, at(1.01))).toBe(
      "temporary_password_used",
    );
  });

  it("does not apply to a password the user chose", () => {
    expect(temporaryPasswordRefusal(ownPasswordChosen, at(1000))).toBeNull();
  });
});

describe("the password limits in words", () => {
  // A zod refusal carries a reason but no values: its words name the limit themselves, and must name this one.
  it.each(Object.entries(catalogues))("%s says the limits the policy enforces", (_, catalogue) => {
    const errors = (catalogue as unknown as { auth: { errors: Record<string, string> } }).auth.errors;
    expect(errors.passwordTooShort).toContain(String(passwordMinLength));
    expect(errors.passwordTooLong).toContain(String(passwordMaxLength));
  });
});
