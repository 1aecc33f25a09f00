/**
 * Entra ID's password rule, which Partner Center's users live under: 8 to 256 characters, and three of upper
 * case, lower case, digits and symbols. Answers what is wrong, or null when the password will do.
 */
export function passwordProblem(password: string, userName: string): string | null {
  if (password.length < 8) return "Use at least 8 characters.";
  if (password.length > 256) return "Use at most 256 characters.";
  const kinds = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(password)).length;
  if (kinds < 3) return "Use three of these four: upper case letters, lower case letters, digits and symbols.";
  const alias = userName.split("@")[0].toLowerCase();
  if (alias.length >= 3 && password.toLowerCase().includes(alias)) return "Don't use your user name in your password.";
  return null;
}
