// Microsoft Entra ID's rules for the part before the @: letters, digits and ' . - _ ! # ^ ~, at most
// 64 characters, no leading, trailing or doubled dot.
const localPart = /^(?!\.)(?!.*\.\.)[A-Za-z0-9'._\-!#^~]{1,64}(?<!\.)$/;

/** Why a user principal name is not acceptable for this customer, or null when it is. */
export function userPrincipalNameProblem(userPrincipalName: string, customerDomains: string[]): string | null {
  const at = userPrincipalName.lastIndexOf("@");
  if (at <= 0) return "Enter the user name as name@domain.";
  const name = userPrincipalName.slice(0, at);
  const domain = userPrincipalName.slice(at + 1).toLowerCase();
  if (!localPart.test(name)) {
    return "The part before the @ may use letters, digits and ' . - _ ! # ^ ~ (up to 64, no leading, trailing or double dot).";
  }
  if (!customerDomains.map((d) => d.toLowerCase()).includes(domain)) {
    return `The domain must be one of the customer's domains: ${customerDomains.join(", ")}.`;
  }
  return null;
}
