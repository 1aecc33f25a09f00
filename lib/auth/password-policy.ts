import type { Reason } from "@/lib/result";

/**
 * Entra ID's password rule, which Partner Center's users live under: 8 to 256 characters, and three of upper
 * case, lower case, digits and symbols. Answers what is wrong, or null when the password will do.
 */
export function passwordProblem(password: string, userName: string): Reason | null {
  if (password.length < 8) return "auth.errors.passwordTooShort";
  if (password.length > 256) return "auth.errors.passwordTooLong";
  const kinds = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(password)).length;
  if (kinds < 3) return "auth.errors.passwordTooSimple";
  const alias = userName.split("@")[0].toLowerCase();
  if (alias.length >= 3 && password.toLowerCase().includes(alias)) return "auth.errors.passwordHasUserName";
  return null;
}
