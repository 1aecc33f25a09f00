import { describe, expect, it } from "vitest";
import { inEnglish, say } from "@/lib/i18n/describe";
import { userPrincipalNameProblem } from "./user-principal-name";

const domains = ["wingtiptoys.onmicrosoft.com"];

describe("userPrincipalNameProblem", () => {
  it.each([
    "kim@wingtiptoys.onmicrosoft.com",
    "kim.akers@WingtipToys.onmicrosoft.com",
    "o'neil_2@wingtiptoys.onmicrosoft.com",
  ])("accepts %s", (upn) => expect(userPrincipalNameProblem(upn, domains)).toBeNull());

  it.each([
    ["kim", "customerUsers.errors.userPrincipalNameFormat"],
    ["@wingtiptoys.onmicrosoft.com", "customerUsers.errors.userPrincipalNameFormat"],
    ["kim@contoso.com", "customerUsers.errors.userPrincipalNameDomain"],
    [".kim@wingtiptoys.onmicrosoft.com", "customerUsers.errors.userPrincipalNameLocalPart"],
    ["kim..akers@wingtiptoys.onmicrosoft.com", "customerUsers.errors.userPrincipalNameLocalPart"],
    ["kim akers@wingtiptoys.onmicrosoft.com", "customerUsers.errors.userPrincipalNameLocalPart"],
    [`${"k".repeat(65)}@wingtiptoys.onmicrosoft.com`, "customerUsers.errors.userPrincipalNameLocalPart"],
  ])("refuses %s, saying why", (upn, reason) => {
    expect(userPrincipalNameProblem(upn, domains)?.reason).toBe(reason);
  });

  it("says in English what the API and the English dashboard show", () => {
    const words = (upn: string) => {
      const problem = userPrincipalNameProblem(upn, domains)!;
      return say(inEnglish, problem.reason, problem.values);
    };
    expect(words("kim")).toBe("Enter the user name as name@domain.");
    expect(words("kim..akers@wingtiptoys.onmicrosoft.com")).toBe(
      "The part before the @ may use letters, digits and ' . - _ ! # ^ ~ (up to 64, no leading, trailing or double dot).",
    );
    expect(words("kim@contoso.com")).toBe(
      "The domain must be one of the customer's domains: wingtiptoys.onmicrosoft.com.",
    );
  });
});
