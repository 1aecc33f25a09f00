import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";
import { newTemporaryPassword } from "./temporary-password";

describe("passwordProblem", () => {
  it.each([
    ["Short1!", "auth.errors.passwordTooShort"],
    ["alllowercase", "auth.errors.passwordTooSimple"],
    ["Kim.Akers-2026", "auth.errors.passwordHasUserName"],
    ["x".repeat(257), "auth.errors.passwordTooLong"],
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
