import type { Explanation } from "@/lib/result";

// Microsoft Entra ID's rules for the part before the @: letters, digits and ' . - _ ! # ^ ~, at most
// 64 characters, no leading, trailing or doubled dot.
const localPart = /^(?!\.)(?!.*\.\.)[A-Za-z0-9'._\-!#^~]{1,64}(?<!\.)$/;
/** The characters besides letters and digits that `localPart` allows, as the refusal lists them. */
const otherLocalPartCharacters = "' . - _ ! # ^ ~";

/** Why a user principal name is not acceptable for this customer, or null when it is. */
export function userPrincipalNameProblem(userPrincipalName: string, customerDomains: string[]): Explanation | null {
  const at = userPrincipalName.lastIndexOf("@");
  if (at <= 0) return { reason: "customerUsers.errors.userPrincipalNameFormat" };
  const name = userPrincipalName.slice(0, at);
  const domain = userPrincipalName.slice(at + 1).toLowerCase();
  if (!localPart.test(name)) {
    return {
      reason: "customerUsers.errors.userPrincipalNameLocalPart",
      values: { characters: otherLocalPartCharacters },
    };
  }
  if (!customerDomains.map((d) => d.toLowerCase()).includes(domain)) {
    return { reason: "customerUsers.errors.userPrincipalNameDomain", values: { domains: customerDomains.join(", ") } };
  }
  return null;
}
