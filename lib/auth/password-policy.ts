import type { Reason } from "@/lib/result";

/**
 * Entra ID's limits, which Partner Center's users live under. The longest is the one bound of every door that takes
 * a password (sign-in, change password, the forms' fields): a password one door accepts, every other one does too.
 */
export const passwordMinLength = 8;
export const passwordMaxLength = 256;

/**
 * Entra ID's password rule: 8 to 256 characters, and three of upper case, lower case, digits and symbols. Answers
 * what is wrong, or null when the password will do.
 */
export function passwordProblem(password: string, userName: string): Reason | null {
  if (password.length < passwordMinLength) return "auth.errors.passwordTooShort";
  if (password.length > passwordMaxLength) return "auth.errors.passwordTooLong";
  const kinds = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(password)).length;
  if (kinds < 3) return "auth.errors.passwordTooSimple";
  const alias = userName.split("@")[0].toLowerCase();
  if (alias.length >= 3 && password.toLowerCase().includes(alias)) return "auth.errors.passwordHasUserName";
  return null;
}
