/** Where to go after signing in: a path on this site only, so the sign-in page cannot be used to send people elsewhere. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return "/customers";
  }
  return value.startsWith("/signin") ? "/customers" : value;
}
