import { describe, expect, it } from "vitest";
import { userPrincipalNameProblem } from "./user-principal-name";

const domains = ["wingtiptoys.onmicrosoft.com"];

describe("userPrincipalNameProblem", () => {
  it.each([
    "kim@wingtiptoys.onmicrosoft.com",
    "kim.akers@WingtipToys.onmicrosoft.com",
    "o'neil_2@wingtiptoys.onmicrosoft.com",
  ])("accepts %s", (upn) => expect(userPrincipalNameProblem(upn, domains)).toBeNull());

  it.each([
    ["kim", "name@domain"],
    ["@wingtiptoys.onmicrosoft.com", "name@domain"],
    ["kim@contoso.com", "one of the customer's domains"],
    [".kim@wingtiptoys.onmicrosoft.com", "no leading"],
    ["kim..akers@wingtiptoys.onmicrosoft.com", "double dot"],
    ["kim akers@wingtiptoys.onmicrosoft.com", "letters, digits"],
    [`${"k".repeat(65)}@wingtiptoys.onmicrosoft.com`, "up to 64"],
  ])("refuses %s, saying why", (upn, reason) => {
    expect(userPrincipalNameProblem(upn, domains)).toContain(reason);
  });
});
